using System.Text.Json;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>A stored record with its payload parsed once, so composers can read and copy single fields of it.</summary>
internal sealed class LinkedRecord
{
    public LinkedRecord(StoredRecord record)
    {
        Record = record;
        Payload = JsonSerializer.Deserialize<JsonElement>(record.Payload.Span);
    }

    public StoredRecord Record { get; }

    public JsonElement Payload { get; }

    public string Id => Record.Id;

    public bool IsDeleted => Record.RemoteDeletedAt is not null;

    /// <summary>The string at a top-level property, null when absent, null or not a string.</summary>
    public string? String(string name) =>
        Payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Writes the record as an embedded object: its id, then <paramref name="fields"/> copied from the payload (null when absent).</summary>
    public void WriteObject(Utf8JsonWriter writer, params string[] fields)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        foreach (var field in fields)
        {
            Copy(writer, field);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="name"/> with the payload's value of <paramref name="source"/> (default: the same name), or null when absent.</summary>
    public void Copy(Utf8JsonWriter writer, string name, string? source = null)
    {
        writer.WritePropertyName(name);
        if (Payload.TryGetProperty(source ?? name, out var value))
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes an array property of the payload, <c>[]</c> when absent or null (Kombo's arrays are never null).</summary>
    public void CopyArray(Utf8JsonWriter writer, string name)
    {
        writer.WritePropertyName(name);
        if (Payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
    }
}
