using System.Text.Json;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>The candidate objects embedded in applications, interviews and offers (a subset of the candidate's fields).</summary>
internal static class CandidateSummary
{
    /// <summary>Writes <c>candidate</c>: {id, remote_id, first_name, last_name, email_addresses, …<paramref name="more"/>}, or null.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, LinkedRecord> candidates, string? candidateId, Action<LinkedRecord>? more = null, params string[] arrays)
    {
        writer.WritePropertyName("candidate");
        if (candidateId is null || !candidates.TryGetValue(candidateId, out var candidate))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("id", candidate.Id);
        writer.WriteString("remote_id", candidate.Record.RemoteId);
        candidate.Copy(writer, "first_name");
        candidate.Copy(writer, "last_name");
        candidate.CopyArray(writer, "email_addresses");
        foreach (var array in arrays)
        {
            candidate.CopyArray(writer, array);
        }

        more?.Invoke(candidate);
        writer.WriteEndObject();
    }
}
