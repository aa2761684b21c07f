namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// Record scopes the engine keeps for itself, never served by the API: facts a later model derives from, stored
/// with the records they come from so a derivation after a crash or in a later sync sees all of them.
/// </summary>
public static class InternalScopes
{
    /// <summary>Per job (id = the job's unified id): the hiring-team role strings, for the JOB roles.</summary>
    public const string JobRoles = "sync_job_roles";

    /// <summary>Per candidate (id = the candidate's unified id): the tag strings it carries, for the tags.</summary>
    public const string TagSpellings = "sync_tag_spellings";

    /// <summary>Per application (id = the application's unified id): its job and the stage it carries, for the stages.</summary>
    public const string CarriedStages = "sync_carried_stages";

    public static bool IsInternal(string scope) => scope.StartsWith("sync_", StringComparison.Ordinal);
}
