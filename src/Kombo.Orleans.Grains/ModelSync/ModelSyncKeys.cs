namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>Model sync grain keys: <c>{integrationId}/{model}</c>.</summary>
public static class ModelSyncKeys
{
    public static string For(string integrationId, string model) => $"{integrationId}/{model}";

    public static (string IntegrationId, string Model) Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash <= 0 || slash == key.Length - 1
            ? throw new ArgumentException($"'{key}' is not a model sync key ({{integrationId}}/{{model}}).", nameof(key))
            : (key[..slash], key[(slash + 1)..]);
    }
}
