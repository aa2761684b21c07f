namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>Where a sync (or one model of it) is: queued, running, or one of Kombo's four outcomes.</summary>
[GenerateSerializer, Alias("kombo.sync.state")]
public enum SyncState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,

    /// <summary>Finished, but some records could not be read or mapped (listed as failed records); no deletions for the models concerned.</summary>
    PartiallyFailed = 3,

    /// <summary>Did not finish (SmartRecruiters kept failing, or the sync was cancelled).</summary>
    Failed = 4,

    /// <summary>SmartRecruiters rejected the credentials; the integration is INVALID until they are replaced.</summary>
    AuthenticationFailed = 5,
}
