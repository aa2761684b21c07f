using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Secrets;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.Storage.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Grains.Integrations;

/// <summary>
/// One connected SmartRecruiters account: configuration, encrypted credentials, status, schedule (reminders), and
/// one sync at a time, driving the model sync grains as their dependencies allow (<see cref="SyncModels.DependsOn"/>). They report back
/// through <see cref="IIntegrationSyncCallbacks"/>; the watchdog reminder (and reactivation) re-asks the running
/// models, so a lost silo or a lost report only delays a sync.
/// </summary>
[GrainType("kombo-integration")]
public sealed partial class IntegrationGrain(
    [PersistentState("integration", GrainStorage.Name)] IPersistentState<IntegrationState> state,
    ICredentialProtector protector,
    IRecordStore store,
    IOptions<EngineOptions> options,
    TimeProvider time,
    ILogger<IntegrationGrain> logger)
    : Grain, IIntegrationGrain, IIntegrationSyncCallbacks, IRemindable
{
    private const string DeltaReminder = "delta";
    private const string FullReminder = "full";
    private const string WatchdogReminder = "watchdog";

    private readonly Dictionary<string, TaskCompletionSource<SyncSummary>> _waiters = new(StringComparer.Ordinal);

    private IntegrationState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A sync that was running when this activation's predecessor was lost carries on from the models' checkpoints.
        if (S.Exists && S.Current is not null && S.Status == IntegrationStatus.Active)
        {
            try
            {
                await KickModelsAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The activation must not fail over it: the watchdog asks again.
                logger.LogWarning(e, "Integration {IntegrationId} could not resume its sync on activation", Id);
            }
        }
    }

    public async Task<IntegrationInfo> Connect(IntegrationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (IntegrationKeys.Validate(Id) is { } keyProblem)
        {
            throw new ArgumentException(keyProblem);
        }

        if (S.Exists)
        {
            throw new InvalidOperationException($"The integration {Id} already exists.");
        }

        Validate(setup.BaseUrl);
        Validate(setup.Credentials);
        var schedule = setup.Schedule ?? SyncSchedule.Default;
        Validate(schedule);
        Validate(setup.Scope ?? ScopeConfig.All);

        state.State = new IntegrationState
        {
            Exists = true,
            BaseUrl = setup.BaseUrl,
            ProtectedCredentials = protector.Protect(setup.Credentials),
            CredentialKind = setup.Credentials.Kind,
            CompanyIdentifier = string.IsNullOrWhiteSpace(setup.CompanyIdentifier) ? null : setup.CompanyIdentifier,
            Scope = setup.Scope ?? ScopeConfig.All,
            Schedule = schedule,
            CreatedAt = time.GetUtcNow(),
            TenantId = setup.TenantId,
            Status = IntegrationStatus.Active,
            Setup = SetupStatus.FinalSyncPending,
        };
        await state.WriteStateAsync();
        await ScheduleAsync();
        LogConnected(logger, Id, setup.BaseUrl.Host, setup.Credentials.Kind);
        await StartSync(SyncKind.Full);
        return Info();
    }

    public Task<IntegrationInfo?> GetInfo() => Task.FromResult(S.Exists ? Info() : null);

    public async Task<IntegrationInfo> UpdateCredentials(IntegrationCredentials credentials)
    {
        RequireExists();
        Validate(credentials);
        var before = S.Status;
        S.ProtectedCredentials = protector.Protect(credentials);
        S.CredentialKind = credentials.Kind;
        if (S.Status == IntegrationStatus.Invalid)
        {
            S.Status = IntegrationStatus.Active;
            S.StatusReason = null;
        }

        await state.WriteStateAsync();
        EmitStateChangedIf(before);
        return Info();
    }

    public async Task<IntegrationInfo> UpdateScope(ScopeConfig scope)
    {
        RequireExists();
        Validate(scope);
        S.Scope = scope;
        await state.WriteStateAsync();
        return Info();
    }

    public async Task<IntegrationInfo> UpdateSchedule(SyncSchedule schedule)
    {
        RequireExists();
        Validate(schedule);
        S.Schedule = schedule;
        await state.WriteStateAsync();
        await ScheduleAsync();
        return Info();
    }

    public async Task<StartSyncResult> StartSync(SyncKind kind)
    {
        RequireExists();
        if (S.Status != IntegrationStatus.Active)
        {
            throw new InvalidOperationException(S.Status == IntegrationStatus.Invalid
                ? $"The integration {Id} is INVALID: SmartRecruiters rejected its credentials; replace them to sync again."
                : $"The integration {Id} is INACTIVE: enable it to sync.");
        }

        if (S.Current is { } running)
        {
            if (kind == SyncKind.Full && running.Kind == SyncKind.Delta && S.FollowUp is null)
            {
                S.FollowUp = SyncKind.Full;
                await state.WriteStateAsync();
            }

            return new StartSyncResult(true, running.SyncId, running.Kind);
        }

        // A delta needs a completed full pass to be relative to.
        var effective = kind == SyncKind.Delta && S.Setup != SetupStatus.Completed ? SyncKind.Full : kind;
        var now = time.GetUtcNow();
        var sync = new CurrentSync
        {
            SyncId = $"sync_{++S.SyncCounter}_{Guid.NewGuid():N}"[..32],
            Kind = effective,
            Pass = effective == SyncKind.Full ? ++S.LastPass : S.LastPass,
            QueuedAt = now,
            StartedAt = now,
        };
        S.Current = sync;
        if (effective == SyncKind.Full)
        {
            S.LastFullStartedAt = now;
        }
        else
        {
            S.LastDeltaStartedAt = now;
        }

        await state.WriteStateAsync();
        await EnsureWatchdogAsync(true);
        LogSyncStarted(logger, Id, sync.SyncId, effective);
        await KickModelsAsync();
        return new StartSyncResult(false, sync.SyncId, effective);
    }

    public async Task<IntegrationSyncStatus> GetSyncStatus()
    {
        RequireExists();
        var models = await Task.WhenAll(SyncModels.InOrder.Select(m => ModelGrain(m).GetStatus()));
        var current = S.Current?.Summary(SyncState.Running, null);
        var anchor = S.LastDeltaStartedAt ?? S.LastFullStartedAt ?? S.CreatedAt;
        var active = S.Status == IntegrationStatus.Active;
        return new IntegrationSyncStatus(
            Id, S.Status, S.Setup, current ?? S.History.LastOrDefault(), [.. S.History], models,
            active ? anchor + S.Schedule.DeltaInterval : null,
            active ? (S.LastFullStartedAt ?? S.CreatedAt) + S.Schedule.FullInterval : null);
    }

    public async Task<SyncSummary?> WaitForSync(string syncId, TimeSpan timeout)
    {
        if (S.History.FirstOrDefault(h => h.SyncId == syncId) is { } done)
        {
            return done;
        }

        if (S.Current is not { } current || current.SyncId != syncId)
        {
            return null;
        }

        if (!_waiters.TryGetValue(syncId, out var waiter))
        {
            _waiters[syncId] = waiter = new TaskCompletionSource<SyncSummary>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        try
        {
            return await waiter.Task.WaitAsync(timeout, time);
        }
        catch (TimeoutException)
        {
            return S.Current?.SyncId == syncId ? S.Current.Summary(SyncState.Running, null) : S.History.FirstOrDefault(h => h.SyncId == syncId);
        }
    }

    public async Task<IntegrationInfo> SetEnabled(bool enabled)
    {
        RequireExists();
        var before = S.Status;
        if (!enabled && S.Status == IntegrationStatus.Active)
        {
            S.Status = IntegrationStatus.Inactive;
            S.StatusReason = "Disabled.";
            await CancelCurrentAsync("The integration was disabled.");
        }
        else if (enabled && S.Status == IntegrationStatus.Inactive)
        {
            S.Status = IntegrationStatus.Active;
            S.StatusReason = null;
        }

        await state.WriteStateAsync();
        EmitStateChangedIf(before);
        return Info();
    }

    public async Task Delete()
    {
        if (!S.Exists)
        {
            return;
        }

        await CancelCurrentAsync("The integration was deleted.");
        foreach (var reminder in await this.GetReminders())
        {
            await this.UnregisterReminder(reminder);
        }

        var removed = await store.DeleteIntegrationAsync(Id);
        await state.ClearStateAsync();
        state.State = new IntegrationState();
        LogDeleted(logger, Id, removed);
        DeactivateOnIdle();
    }

    public async Task ModelSyncEnded(ModelSyncReport report)
    {
        if (S.Current is not { } sync || report.Status.SyncId != sync.SyncId || !sync.Running.Contains(report.Model))
        {
            return; // a late or repeated report of a model already accounted for
        }

        var status = report.Status;
        sync.Finished.Add(report.Model);
        sync.Counts = sync.Counts.Plus(status.Counts);
        sync.Usage = sync.Usage.Plus(status.Usage);
        sync.ChangedScopes = [.. sync.ChangedScopes.Union(report.ChangedScopes, StringComparer.Ordinal)];
        sync.Outcome = Worse(sync.Outcome, status.State);
        if (status.LastError is { } error)
        {
            sync.Error ??= $"{report.Model}: {error}";
        }

        if (status.State == SyncState.AuthenticationFailed)
        {
            S.Status = IntegrationStatus.Invalid;
            S.StatusReason = "SmartRecruiters rejected the credentials; replace them to sync again.";
            LogInvalid(logger, Id);
            await CancelRunningModelsAsync(sync);
            await FinishAsync(SyncState.AuthenticationFailed);
            EmitStateChangedIf(IntegrationStatus.Active);
            return;
        }

        if (sync.Finished.Count < SyncModels.InOrder.Count)
        {
            await state.WriteStateAsync();
            await KickModelsAsync();
            return;
        }

        await FinishAsync(sync.Outcome);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!S.Exists)
        {
            // A deleted integration's reminder that fired anyway (ticks are at-least-once).
            if (await this.GetReminder(reminderName) is { } stale)
            {
                await this.UnregisterReminder(stale);
            }

            return;
        }

        if (S.Current is not null)
        {
            // Any tick during a sync doubles as a watchdog; a FULL tick during a DELTA queues the FULL.
            if (reminderName == FullReminder && S.Status == IntegrationStatus.Active)
            {
                await StartSync(SyncKind.Full);
            }

            await KickModelsAsync();
            return;
        }

        if (reminderName == WatchdogReminder)
        {
            await EnsureWatchdogAsync(false);
            return;
        }

        if (S.Status == IntegrationStatus.Active)
        {
            await StartSync(reminderName == FullReminder ? SyncKind.Full : SyncKind.Delta);
        }
    }

    private async Task FinishAsync(SyncState outcome)
    {
        var sync = S.Current!;
        var summary = sync.Summary(outcome, time.GetUtcNow());
        S.Current = null;
        S.History.Add(summary);
        if (S.History.Count > options.Value.HistoryLength)
        {
            S.History.RemoveRange(0, S.History.Count - options.Value.HistoryLength);
        }

        if (sync.Kind == SyncKind.Full && outcome is SyncState.Succeeded or SyncState.PartiallyFailed)
        {
            S.Setup = SetupStatus.Completed;
        }

        var followUp = S.FollowUp;
        S.FollowUp = null;
        await state.WriteStateAsync();
        LogSyncFinished(logger, Id, sync.SyncId, sync.Kind, outcome, summary.Counts.Added, summary.Counts.Updated, summary.Counts.Deleted, summary.Counts.Failed, summary.Usage.Requests);
        EmitSyncFinished(summary);
        if (_waiters.Remove(sync.SyncId, out var waiter))
        {
            waiter.TrySetResult(summary);
        }

        if (followUp is { } next && S.Status == IntegrationStatus.Active)
        {
            await StartSync(next);
        }
        else
        {
            await EnsureWatchdogAsync(false);
        }
    }

    private async Task CancelCurrentAsync(string reason)
    {
        if (S.Current is not { } sync)
        {
            return;
        }

        await CancelRunningModelsAsync(sync);
        sync.Error = reason;
        S.FollowUp = null;
        await FinishAsync(SyncState.Failed);
    }

    private Task CancelRunningModelsAsync(CurrentSync sync) =>
        Task.WhenAll(sync.Running.Select(model => ModelGrain(model).Cancel(sync.SyncId)));

    /// <summary>
    /// Asks every model that may run now to run: those already running (idempotent: recovers lost silos and lost
    /// reports) and those whose dependencies have finished.
    /// </summary>
    private async Task KickModelsAsync()
    {
        if (S.Current is not { } sync)
        {
            return;
        }

        IntegrationCredentials credentials;
        try
        {
            credentials = protector.Unprotect(S.ProtectedCredentials!);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Never a reason to guess: without the key the host was configured with, nothing can be sent.
            sync.Error = "The stored credentials cannot be decrypted with this host's keys (Kombo:Credentials); replace them or restore the key.";
            await CancelRunningModelsAsync(sync);
            await FinishAsync(SyncState.Failed);
            return;
        }

        var ready = SyncModels.Ready(sync.Finished, sync.Started).ToList();
        if (ready.Count > 0)
        {
            sync.Started.AddRange(ready);
            await state.WriteStateAsync();
        }

        var request = new ModelSyncRequest(
            sync.SyncId, sync.Kind, sync.Pass, new SyncConnection(S.BaseUrl!, credentials, S.CompanyIdentifier), S.Scope, [.. sync.ChangedScopes]);
        await Task.WhenAll(sync.Running.Select(model => ModelGrain(model).Start(request)));
    }

    private async Task ScheduleAsync()
    {
        await this.RegisterOrUpdateReminder(DeltaReminder, S.Schedule.DeltaInterval, S.Schedule.DeltaInterval);
        await this.RegisterOrUpdateReminder(FullReminder, S.Schedule.FullInterval, S.Schedule.FullInterval);
    }

    // The delta reminder already wakes the integration often when its interval is short; otherwise a sync keeps a watchdog of its own.
    private async Task EnsureWatchdogAsync(bool running)
    {
        var period = options.Value.WatchdogPeriod;
        var needed = running && S.Schedule.DeltaInterval > period;
        var existing = await this.GetReminder(WatchdogReminder);
        if (needed && existing is null)
        {
            await this.RegisterOrUpdateReminder(WatchdogReminder, period, period);
        }
        else if (!needed && existing is not null)
        {
            await this.UnregisterReminder(existing);
        }
    }

    private IModelSyncGrain ModelGrain(string model) => GrainFactory.GetGrain<IModelSyncGrain>(ModelSyncKeys.For(Id, model));

    private IntegrationInfo Info() => new(
        Id, "smartrecruiters", S.Status, S.Setup, S.BaseUrl!, S.CredentialKind, S.CompanyIdentifier, S.Scope, S.Schedule, S.CreatedAt, S.TenantId, S.StatusReason);

    private void RequireExists()
    {
        if (!S.Exists)
        {
            throw new KeyNotFoundException($"The integration {Id} does not exist.");
        }
    }

    private static SyncState Worse(SyncState a, SyncState b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(SyncState state) => state switch
    {
        SyncState.AuthenticationFailed => 4,
        SyncState.Failed => 3,
        SyncState.PartiallyFailed => 2,
        _ => 1,
    };

    [LoggerMessage(LogLevel.Information, "Integration {IntegrationId} connected to {Host} with {CredentialKind} credentials")]
    private static partial void LogConnected(ILogger logger, string integrationId, string host, string credentialKind);

    [LoggerMessage(LogLevel.Information, "Integration {IntegrationId} started {Kind} sync {SyncId}")]
    private static partial void LogSyncStarted(ILogger logger, string integrationId, string syncId, SyncKind kind);

    [LoggerMessage(LogLevel.Information, "Integration {IntegrationId} finished {Kind} sync {SyncId}: {Outcome}; added {Added}, updated {Updated}, deleted {Deleted}, failed {Failed}; {Requests} requests")]
    private static partial void LogSyncFinished(ILogger logger, string integrationId, string syncId, SyncKind kind, SyncState outcome, long added, long updated, long deleted, long failed, long requests);

    [LoggerMessage(LogLevel.Warning, "Integration {IntegrationId} is INVALID: SmartRecruiters rejected its credentials")]
    private static partial void LogInvalid(ILogger logger, string integrationId);

    [LoggerMessage(LogLevel.Information, "Integration {IntegrationId} deleted with {Records} records")]
    private static partial void LogDeleted(ILogger logger, string integrationId, long records);
}
