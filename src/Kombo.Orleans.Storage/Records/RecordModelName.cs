namespace Kombo.Orleans.Storage.Records;

/// <summary>Model names are identifiers (<c>candidates</c>, <c>job_postings</c>): they are keys, never free text.</summary>
public static class RecordModelName
{
    public static bool IsValid(string? model) =>
        model is { Length: > 0 and <= 63 } && model.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') && model[0] is >= 'a' and <= 'z';
}
