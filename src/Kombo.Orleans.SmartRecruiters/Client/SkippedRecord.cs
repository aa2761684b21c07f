namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>A record SmartRecruiters sent that could not be used: which endpoint, which record, what was wrong.</summary>
public sealed record SkippedRecord(string Endpoint, int Position, string? RecordId, string Reason);
