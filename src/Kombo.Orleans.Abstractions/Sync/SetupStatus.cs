namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>Kombo's setup status: whether the first full sync has succeeded yet.</summary>
[GenerateSerializer, Alias("kombo.sync.setup_status")]
public enum SetupStatus
{
    FinalSyncPending = 0,
    Completed = 1,
}
