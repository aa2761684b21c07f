namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// What every mapper needs besides the SmartRecruiters data: whose integration the records belong
/// to (ids are derived from it) and when they were observed (a provisional <c>changed_at</c>; the
/// record store keeps the earlier time when the projection did not change).
/// </summary>
public sealed record MappingContext(string IntegrationId, DateTimeOffset ObservedAt)
{
    public string Id(string model, string remoteId) => UnifiedIds.For(IntegrationId, model, remoteId);
}
