using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// The serializer settings every SmartRecruiters response is read with.
/// <list type="bullet">
/// <item>Names: a camelCase naming policy maps the DTOs' PascalCase properties to SmartRecruiters'
/// camelCase fields; the few fields that are not camelCase (<c>access_token</c>, <c>IN_REVIEW</c>, …)
/// carry an explicit <see cref="JsonPropertyNameAttribute"/>.</item>
/// <item>Matching is case-sensitive: SmartRecruiters spells fields consistently, and a different
/// spelling (the Apply API's <c>linkedIn</c> against the Candidate API's <c>linkedin</c>) is a
/// different field.</item>
/// <item>Lenient: unknown fields are skipped, absent fields stay null (every DTO property is
/// nullable), and numbers may arrive as strings. Coordinates are modelled as each endpoint sends
/// them (strings <c>latitude</c>/<c>longitude</c> on jobs and postings, numbers <c>lat</c>/<c>lng</c>
/// on candidates), and each side also accepts the other JSON type.</item>
/// <item>Timestamps are ISO-8601 (<c>2024-03-05T12:31:10.447Z</c>) and read into <see cref="DateTimeOffset"/>.</item>
/// </list>
/// </summary>
public static class SmartRecruitersJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
