using System.Text.Json.Nodes;
using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// An integration's scope config applied to record scopes: which scopes are written and which top-level fields
/// are dropped before a record is stored. Internal scopes follow the public model they feed.
/// </summary>
public sealed class ScopeFilter(ScopeConfig config)
{
    private static readonly HashSet<string> AlwaysKept = new(StringComparer.Ordinal) { "id", "remote_id", "changed_at", "remote_deleted_at" };

    private static readonly Dictionary<string, string[]> InternalFeeds = new(StringComparer.Ordinal)
    {
        [InternalScopes.JobRoles] = ["roles"],
        [InternalScopes.TagSpellings] = ["tags"],
        [InternalScopes.CarriedStages] = ["application_stages", "job_application_stages"],
    };

    public static ScopeFilter All { get; } = new(ScopeConfig.All);

    public ScopeConfig Config => config;

    /// <summary>Whether records of <paramref name="scope"/> are fetched and stored.</summary>
    public bool IsEnabled(string scope) => InternalFeeds.TryGetValue(scope, out var feeds)
        ? feeds.Any(IsEnabled)
        : ScopeModels.KomboName(scope) is not { } name || config.IsModelEnabled(name);

    /// <summary>Whether any of <paramref name="scopes"/> is enabled.</summary>
    public bool AnyEnabled(IEnumerable<string> scopes) => scopes.Any(IsEnabled);

    /// <summary>The fields of <paramref name="scope"/> never stored (ids and the store's timestamps cannot be disabled).</summary>
    public IReadOnlyCollection<string> DisabledFields(string scope) => ScopeModels.KomboName(scope) is { } name
        ? config.DisabledFieldsOf(name).Where(f => !AlwaysKept.Contains(f)).ToArray()
        : [];

    /// <summary>Removes the disabled fields from a record's JSON object.</summary>
    public byte[] Strip(string scope, byte[] payload)
    {
        var disabled = DisabledFields(scope);
        if (disabled.Count == 0)
        {
            return payload;
        }

        var node = JsonNode.Parse(payload)!.AsObject();
        foreach (var field in disabled)
        {
            node.Remove(field);
        }

        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
