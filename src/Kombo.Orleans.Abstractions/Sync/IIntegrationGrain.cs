using Orleans.Concurrency;

namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>
/// One connected SmartRecruiters account. Key: the integration id (e.g. <c>smartrecruiters:7fK2…</c>): it must
/// contain a character that is not a hex digit and no <c>+</c> (Orleans' storage would read it as a number),
/// and be at most 100 characters (reminder keys hold it).
/// </summary>
/// <remarks>
/// Owns the configuration, the encrypted credentials, the scope config, the status and the schedule; runs one
/// sync at a time by driving the model sync grains in dependency order; keeps the last syncs' summaries.
/// Reads (<see cref="GetInfo"/>, <see cref="GetSyncStatus"/>, <see cref="WaitForSync"/>) never wait behind a
/// command.
/// </remarks>
[Alias("kombo.sync.integration")]
public interface IIntegrationGrain : IGrainWithStringKey
{
    /// <summary>Connects the account and queues its first (full) sync.</summary>
    /// <exception cref="ArgumentException">The setup is invalid (credentials, schedule, base URL, key).</exception>
    /// <exception cref="InvalidOperationException">The integration already exists.</exception>
    [Alias("connect")]
    Task<IntegrationInfo> Connect(IntegrationSetup setup);

    /// <summary>The integration, or null when it does not exist (never the credentials).</summary>
    [Alias("info"), AlwaysInterleave]
    Task<IntegrationInfo?> GetInfo();

    /// <summary>Replaces the credentials; an INVALID integration becomes ACTIVE again and syncs.</summary>
    [Alias("credentials")]
    Task<IntegrationInfo> UpdateCredentials(IntegrationCredentials credentials);

    /// <summary>Changes which models and fields are synced; takes effect from the next sync (a full one backfills).</summary>
    [Alias("scope")]
    Task<IntegrationInfo> UpdateScope(ScopeConfig scope);

    /// <summary>Changes the delta and full intervals.</summary>
    [Alias("schedule")]
    Task<IntegrationInfo> UpdateSchedule(SyncSchedule schedule);

    /// <summary>
    /// Starts a sync, or answers <see cref="StartSyncResult.AlreadyQueued"/> when one is running or queued.
    /// A DELTA before the first successful FULL runs as a FULL.
    /// </summary>
    /// <exception cref="InvalidOperationException">The integration does not exist, is INACTIVE, or is INVALID.</exception>
    [Alias("start")]
    Task<StartSyncResult> StartSync(SyncKind kind);

    /// <summary>The current (or last) sync, recent history and every model's part of it.</summary>
    [Alias("status"), AlwaysInterleave]
    Task<IntegrationSyncStatus> GetSyncStatus();

    /// <summary>
    /// Waits until the sync <paramref name="syncId"/> has finished, at most <paramref name="timeout"/>, and returns
    /// its summary (still running when the time ran out; null when the integration never had it).
    /// </summary>
    [Alias("wait"), AlwaysInterleave]
    Task<SyncSummary?> WaitForSync(string syncId, TimeSpan timeout);

    /// <summary>Pauses (INACTIVE: the running sync is cancelled, nothing is scheduled) or resumes the integration.</summary>
    [Alias("enabled")]
    Task<IntegrationInfo> SetEnabled(bool enabled);

    /// <summary>Stops everything and removes the integration, its records and its checkpoints. Irreversible.</summary>
    [Alias("delete")]
    Task Delete();
}
