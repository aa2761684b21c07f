namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// The sync models: what one model sync grain fetches, in the order a sync runs them. A sync model is named
/// after the SmartRecruiters resource it walks and writes every unified model (record scope) that resource
/// yields (<see cref="SyncStepCatalog"/>): applications, interviews and offers are reachable only through
/// candidates, so the candidates model writes them too.
/// </summary>
public static class SyncModels
{
    public const string Users = "users";
    public const string RejectionReasons = "rejection_reasons";
    public const string Jobs = "jobs";
    public const string Roles = "roles";
    public const string Candidates = "candidates";
    public const string Tags = "tags";
    public const string ApplicationStages = "application_stages";

    /// <summary>Dependency order: parents before the records that link to them, sources before what is derived from them.</summary>
    public static IReadOnlyList<string> InOrder { get; } = [Users, RejectionReasons, Jobs, Roles, Candidates, Tags, ApplicationStages];

    /// <summary>
    /// What each model needs finished before it starts. Models without dependencies run side by side, so the
    /// credential's budget stays busy while short models finish (the candidates model is the long one).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DependsOn { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Users] = [],
        [RejectionReasons] = [],
        [Jobs] = [],
        [Candidates] = [],
        [Roles] = [Jobs],
        [Tags] = [Candidates],
        [ApplicationStages] = [Jobs, Candidates],
    };

    /// <summary>The models that may start once <paramref name="finished"/> have finished, in dependency order.</summary>
    public static IEnumerable<string> Ready(IReadOnlyCollection<string> finished, IReadOnlyCollection<string> started) =>
        InOrder.Where(m => !started.Contains(m) && DependsOn[m].All(finished.Contains));
}
