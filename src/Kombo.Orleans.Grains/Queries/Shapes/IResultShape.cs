using System.Text.Json;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Turns a page of stored records of one endpoint's model into Kombo's result objects, with what Kombo embeds.</summary>
internal interface IResultShape
{
    /// <summary>The record scope the endpoint serves.</summary>
    string Scope { get; }

    /// <summary>Writes one JSON object per record, in the page's order.</summary>
    Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader);
}
