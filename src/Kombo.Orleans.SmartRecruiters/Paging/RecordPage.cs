using Kombo.Orleans.SmartRecruiters.Client;

namespace Kombo.Orleans.SmartRecruiters.Paging;

/// <summary>One page of records, the ones skipped as unusable, and where the next page starts.</summary>
public sealed record RecordPage<T>(IReadOnlyList<T> Records, IReadOnlyList<SkippedRecord> Skipped, string? NextCursor, int? TotalFound);
