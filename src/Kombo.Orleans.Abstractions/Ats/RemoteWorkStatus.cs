namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job's <c>remote_work_status</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJob.RemoteWorkStatus"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class RemoteWorkStatus
{
    public const string Remote = "REMOTE";
    public const string Hybrid = "HYBRID";
    public const string Temporary = "TEMPORARY";
    public const string OnSite = "ON_SITE";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Remote, Hybrid, Temporary, OnSite];
}
