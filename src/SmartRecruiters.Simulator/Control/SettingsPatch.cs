using System.Text.Json;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Control;

/// <summary>Applies a partial settings document (<c>{"faults": {"serverErrorRate": 0.1}}</c>) to the live options.</summary>
internal static class SettingsPatch
{
    public static bool TryApply(SimulatorOptions options, JsonObject patch, out string? error)
    {
        error = null;
        try
        {
            options.RateLimits = Merge(options.RateLimits, patch["rateLimits"]);
            options.Behaviour = Merge(options.Behaviour, patch["behaviour"]);
            options.Latency = Merge(options.Latency, patch["latency"]);
            options.Faults = Merge(options.Faults, patch["faults"]);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            error = ex.Message;
            return false;
        }
    }

    public static JsonObject Describe(SimulatorOptions options) => new()
    {
        ["rateLimits"] = JsonSerializer.SerializeToNode(options.RateLimits, Json),
        ["behaviour"] = JsonSerializer.SerializeToNode(options.Behaviour, Json),
        ["latency"] = JsonSerializer.SerializeToNode(options.Latency, Json),
        ["faults"] = JsonSerializer.SerializeToNode(options.Faults, Json),
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static T Merge<T>(T current, JsonNode? patch)
    {
        if (patch is null)
        {
            return current;
        }

        if (patch is not JsonObject changes)
        {
            throw new FormatException("Each settings section must be an object.");
        }

        var merged = JsonSerializer.SerializeToNode(current, Json)!.AsObject();
        foreach (var (key, value) in changes)
        {
            var match = merged.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                        ?? throw new FormatException($"Unknown setting '{key}'.");
            merged[match] = value?.DeepClone();
        }

        return merged.Deserialize<T>(Json) ?? current;
    }
}
