namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>
/// Which unified models and fields an integration syncs. Model names are Kombo's (<c>ats_candidates</c>,
/// <c>ats_join_candidates_tags</c>, …; see <c>ScopeModels</c> in the grains); field names are the JSON names of
/// the model's top-level fields. A disabled model is neither fetched nor stored; a disabled field is never
/// stored. Everything is enabled by default.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.scope_config")]
public sealed record ScopeConfig(
    [property: Id(0)] string[] DisabledModels,
    [property: Id(1)] Dictionary<string, string[]> DisabledFields)
{
    public static ScopeConfig All { get; } = new([], []);

    public bool IsModelEnabled(string model) => !DisabledModels.Contains(model, StringComparer.Ordinal);

    public IReadOnlyCollection<string> DisabledFieldsOf(string model) =>
        DisabledFields.TryGetValue(model, out var fields) ? fields : [];
}
