namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// How one sync model is fetched, mapped and committed. A step is stateless: everything it needs comes
/// through the <see cref="SyncStepContext"/> (client, mapping context, scope config, resume position), and
/// everything it produces goes back through it (pages of records with their checkpoint, failures, progress).
/// </summary>
/// <remarks>
/// Steps run off the grain scheduler and may work on records in parallel; the context is thread-safe. A step
/// commits a page of records and its position in one call, so after a crash it resumes from the last
/// committed position and re-fetches at most one page. Deletions are not a step's business: after a FULL
/// pass without failures the model sync grain marks what the pass did not see.
/// </remarks>
public interface ISyncStep
{
    /// <summary>The sync model (<see cref="SyncModels"/>).</summary>
    string Model { get; }

    /// <summary>The record scopes this step writes, and only it; the first holds the step's checkpoint.</summary>
    IReadOnlyList<string> Scopes { get; }

    /// <summary>
    /// For a step that derives from records earlier steps stored (no SmartRecruiters list of its own): the scopes
    /// whose change in this sync makes a DELTA run it. Empty for steps that always run.
    /// </summary>
    IReadOnlyList<string> Sources { get; }

    Task RunAsync(SyncStepContext context, CancellationToken cancellationToken);
}
