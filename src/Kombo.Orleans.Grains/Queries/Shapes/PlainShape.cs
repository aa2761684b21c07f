using System.Text.Json;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Endpoints that embed nothing (roles, tags, application stages, rejection reasons): the payload and the store's times.</summary>
internal sealed class PlainShape(string scope) : IResultShape
{
    public string Scope => scope;

    public Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        foreach (var record in page)
        {
            RecordJson.StartRecord(writer, record);
            writer.WriteEndObject();
        }

        return Task.CompletedTask;
    }
}
