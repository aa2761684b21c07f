namespace Kombo.Orleans.Abstractions.Queries;

/// <summary>
/// One page of results in Kombo's shape: <see cref="ResultsJson"/> is the UTF-8 JSON array that goes into
/// <c>data.results</c> as is (each object with the embedded objects Kombo embeds), <see cref="Next"/> the cursor of
/// the next page or null on the last.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.query.ats_page")]
public sealed record AtsPage(
    [property: Id(0)] byte[] ResultsJson,
    [property: Id(1)] int Count,
    [property: Id(2)] string? Next);
