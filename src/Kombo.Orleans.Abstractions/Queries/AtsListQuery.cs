namespace Kombo.Orleans.Abstractions.Queries;

/// <summary>
/// One page of one ATS endpoint of one integration, as Kombo's API takes it. The caller has validated every value
/// (the REST layer answers 400 first); the query side still rejects what it cannot honour with an <see cref="ArgumentException"/>.
/// </summary>
/// <param name="Cursor">Opaque, from the previous page's <see cref="AtsPage.Next"/>; it carries nothing a caller could change to read another integration.</param>
/// <param name="PageSize">1 to 250.</param>
/// <param name="UpdatedAfter">Kombo's nested-change semantics: the record's own change or a counted nested change after this instant.</param>
/// <param name="Filters">
/// Endpoint-specific filters by Kombo's parameter name (<see cref="AtsEndpoints.Filters"/>), each with one or more values (OR within
/// one filter, AND across filters); enum values in Kombo's spelling (e.g. <c>statuses</c>: OPEN), dates ISO-8601.
/// </param>
[GenerateSerializer, Immutable, Alias("kombo.query.ats_list")]
public sealed record AtsListQuery(
    [property: Id(0)] string IntegrationId,
    [property: Id(1)] AtsEndpoint Endpoint,
    [property: Id(2)] string? Cursor = null,
    [property: Id(3)] int PageSize = AtsListQuery.DefaultPageSize,
    [property: Id(4)] DateTimeOffset? UpdatedAfter = null,
    [property: Id(5)] bool IncludeDeleted = false,
    [property: Id(6)] string[]? Ids = null,
    [property: Id(7)] string[]? RemoteIds = null,
    [property: Id(8)] Dictionary<string, string[]>? Filters = null)
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 250;
}
