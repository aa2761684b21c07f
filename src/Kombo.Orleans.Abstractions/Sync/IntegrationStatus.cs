namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>Kombo's integration status.</summary>
[GenerateSerializer, Alias("kombo.sync.integration_status")]
public enum IntegrationStatus
{
    /// <summary>Syncing on schedule.</summary>
    Active = 0,

    /// <summary>SmartRecruiters rejected the credentials: nothing runs and no request is sent until they are replaced.</summary>
    Invalid = 1,

    /// <summary>Paused by an operator or the tenant; credentials kept.</summary>
    Inactive = 2,
}
