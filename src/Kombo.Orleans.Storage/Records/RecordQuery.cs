namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A keyset-paginated read of one scope. Filters are ANDed; values inside one filter are ORed (Kombo's rule).
/// </summary>
public sealed record RecordQuery(RecordScope Scope)
{
    public const int MaxPageSize = 1000;

    /// <summary>Records whose own or nested data changed strictly after this instant.</summary>
    public DateTimeOffset? UpdatedAfter { get; init; }

    /// <summary>Deleted records (<c>remote_deleted_at</c> set) are hidden unless true.</summary>
    public bool IncludeDeleted { get; init; }

    public IReadOnlyCollection<string>? Ids { get; init; }

    public IReadOnlyCollection<string>? RemoteIds { get; init; }

    public IReadOnlyList<PayloadFilter> Filters { get; init; } = [];

    /// <summary>1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Continue after this position (from <see cref="RecordPage.Next"/>).</summary>
    public RecordCursor? After { get; init; }
}
