namespace Kombo.Orleans.Grains.Integrations;

/// <summary>Engine settings (<c>Kombo:Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Kombo:Engine";

    /// <summary>How often a running sync's integration makes sure its current model is running (recovers lost silos and lost reports).</summary>
    public TimeSpan WatchdogPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sync summaries kept per integration.</summary>
    public int HistoryLength { get; set; } = 20;

    /// <summary>The shortest schedule interval accepted (Orleans' reminders: one minute unless the host lowers it, as tests do).</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(1);
}
