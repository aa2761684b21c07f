namespace Kombo.Orleans.Grains.Sync;

/// <summary>The step of each sync model (every model of <see cref="SyncModels.InOrder"/> has exactly one).</summary>
public sealed class SyncStepCatalog
{
    private readonly Dictionary<string, ISyncStep> _steps;

    public SyncStepCatalog(IEnumerable<ISyncStep> steps)
    {
        _steps = steps.ToDictionary(s => s.Model, StringComparer.Ordinal);
        var missing = SyncModels.InOrder.Where(m => !_steps.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No sync step for: {string.Join(", ", missing)}.");
        }
    }

    public ISyncStep Get(string model) => _steps.TryGetValue(model, out var step)
        ? step
        : throw new ArgumentException($"'{model}' is not a sync model.", nameof(model));

    public IEnumerable<ISyncStep> InOrder => SyncModels.InOrder.Select(m => _steps[m]);
}
