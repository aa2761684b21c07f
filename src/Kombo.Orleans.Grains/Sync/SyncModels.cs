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
}
