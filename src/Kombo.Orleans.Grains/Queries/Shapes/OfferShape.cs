using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Offers with their application's candidate and job.</summary>
internal sealed class OfferShape : IResultShape
{
    private static readonly HashSet<string> Embedded = ["application"];

    public string Scope => UnifiedModels.Offer;

    public async Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        var applications = await ApplicationSummaries.LoadAsync(reader, page.Select(o => o.String("application_id")));
        foreach (var offer in page)
        {
            RecordJson.StartRecord(writer, offer, Embedded);
            applications.Write(writer, offer.String("application_id"), withOutcome: false);
            writer.WriteEndObject();
        }
    }
}
