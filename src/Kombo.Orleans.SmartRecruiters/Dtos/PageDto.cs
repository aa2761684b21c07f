namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// A page of a paged list. Each endpoint fills the fields of its own envelope:
/// <list type="bullet">
/// <item><c>GET /candidates</c>, <c>GET /jobs</c>: <c>{limit, offset, nextPageId, totalFound, content}</c> (cursor; jobs need <c>sort=job_id</c>).</item>
/// <item><c>GET /user-api/v201804/users</c>: <c>{limit, nextPageId, content}</c> (the cursor is the next page's first user id).</item>
/// <item><c>GET /audit-api/v201910/audit-events</c>: <c>{nextPageId, limit, content}</c> (sent back as the <c>nextPageId</c> parameter).</item>
/// <item>Offers and public postings: <c>{limit, offset, totalFound, content}</c> (offset paging).</item>
/// </list>
/// On the last page <c>nextPageId</c> is absent, null or an empty string: treat all three as "no more pages".
/// </summary>
public sealed record PageDto<T>
{
    public int? Limit { get; init; }

    public int? Offset { get; init; }

    public string? NextPageId { get; init; }

    public int? TotalFound { get; init; }

    public IReadOnlyList<T>? Content { get; init; }
}
