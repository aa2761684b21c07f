using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Writes a primary record: its stored payload with the store-owned times put back.</summary>
internal static class RecordJson
{
    private static readonly HashSet<string> StoreOwned = ["changed_at", "remote_deleted_at"];

    /// <summary>
    /// Opens the record's object and writes every payload property except <paramref name="replaced"/> (which the
    /// composer writes itself), then <c>changed_at</c> and <c>remote_deleted_at</c> from the store; the caller
    /// adds the embedded objects and closes it.
    /// </summary>
    public static void StartRecord(Utf8JsonWriter writer, LinkedRecord record, IReadOnlySet<string>? replaced = null)
    {
        writer.WriteStartObject();
        foreach (var property in record.Payload.EnumerateObject())
        {
            if (!StoreOwned.Contains(property.Name) && replaced?.Contains(property.Name) != true)
            {
                property.WriteTo(writer);
            }
        }

        WriteTimes(writer, record.Record);
    }

    public static void WriteTimes(Utf8JsonWriter writer, StoredRecord record)
    {
        writer.WriteString("changed_at", UnifiedTimestampConverter.ToText(record.ChangedAt));
        WriteInstant(writer, "remote_deleted_at", record.RemoteDeletedAt);
    }

    public static void WriteInstant(Utf8JsonWriter writer, string name, DateTimeOffset? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, UnifiedTimestampConverter.ToText(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteEmptyArray(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartArray(name);
        writer.WriteEndArray();
    }
}
