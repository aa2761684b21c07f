namespace SmartRecruiters.Simulator.Api;

/// <summary>
/// A page of a list: <c>{limit, offset, nextPageId, totalFound, content}</c>; fields an endpoint's
/// envelope does not have stay null and are left out.
/// </summary>
public sealed record ListPage<T>(int? Limit, int? Offset, PageCursor? NextPageId, int? TotalFound, IReadOnlyList<T> Content);

/// <summary>The unpaged configuration envelope: <c>{totalFound, content}</c>.</summary>
public sealed record CountedList<T>(int TotalFound, IReadOnlyList<T> Content)
{
    public static CountedList<T> Of(IReadOnlyList<T> items) => new(items.Count, items);
}

/// <summary>The <c>{content}</c> envelope (system roles, interviews).</summary>
public sealed record ContentList<T>(IReadOnlyList<T> Content);
