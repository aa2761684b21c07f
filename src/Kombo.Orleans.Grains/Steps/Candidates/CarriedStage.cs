using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Grains.Steps.Candidates;

/// <summary>
/// The job an application belongs to and the stage it currently carries (<c>StageIds.CurrentRemoteId</c>): the payload
/// of an <see cref="Sync.InternalScopes.CarriedStages"/> record, so the stages step sees every carried stage without
/// fetching applications again.
/// </summary>
public sealed record CarriedStage(
    [property: JsonPropertyName("job_remote_id")] string JobRemoteId,
    [property: JsonPropertyName("stage_remote_id")] string? StageRemoteId)
{
    public byte[] ToPayload() => JsonSerializer.SerializeToUtf8Bytes(this);

    /// <exception cref="JsonException">The payload is not a carried stage record.</exception>
    public static CarriedStage Parse(ReadOnlyMemory<byte> payload) =>
        JsonSerializer.Deserialize<CarriedStage>(payload.Span) is { JobRemoteId: not null } carried
            ? carried
            : throw new JsonException("A carried stage record without job_remote_id.");
}
