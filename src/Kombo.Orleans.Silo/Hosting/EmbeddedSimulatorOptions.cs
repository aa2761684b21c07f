namespace Kombo.Orleans.Silo.Hosting;

/// <summary>
/// The SmartRecruiters simulator the embedded default runs beside the silo (section <c>Simulator</c>),
/// so the whole system works on a laptop with no SmartRecruiters account.
/// </summary>
public sealed class EmbeddedSimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>Off to run the embedded silo without it. Never started in PostgreSQL mode.</summary>
    public bool Enabled { get; set; } = true;

    public string Url { get; set; } = "http://127.0.0.1:5090";

    public int Seed { get; set; } = 42;

    public int Candidates { get; set; } = 1_000;

    /// <summary>The demo account's <c>X-SmartToken</c>: a simulator credential, not a SmartRecruiters one.</summary>
    public string ApiKey { get; set; } = "demo-smartrecruiters-key";
}
