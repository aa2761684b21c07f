namespace Kombo.Orleans.Storage.Records;

/// <summary>Validates and splits a <see cref="PayloadFilter.Path"/>: dotted lower-case identifiers, at most 8 deep.</summary>
public static class PayloadPath
{
    public static IReadOnlyList<string> Segments(string path)
    {
        var segments = path?.Split('.') ?? [];
        if (segments.Length is 0 or > 8 || !segments.All(RecordModelName.IsValid))
        {
            throw new ArgumentException($"'{path}' is not a payload path (dotted lower-case identifiers, at most 8).", nameof(path));
        }

        return segments;
    }
}
