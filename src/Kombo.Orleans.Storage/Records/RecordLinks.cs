namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// The top-level payload properties that link a record to another (a unified id): <see cref="PayloadLinkFilter"/> on
/// them is answered from an index in PostgreSQL (migration <c>0007</c>). A field added here needs an index there.
/// </summary>
public static class RecordLinks
{
    public static IReadOnlyList<string> Fields { get; } = ["candidate_id", "job_id", "application_id", "interview_id", "user_id"];

    public static bool IsIndexed(string field) => Fields.Contains(field, StringComparer.Ordinal);
}
