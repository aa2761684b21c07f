using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.Integrations;

/// <summary>An integration grain's persisted state: small (configuration, status, the current sync, the last summaries). Credentials only encrypted.</summary>
[GenerateSerializer, Alias("kombo.engine.integration_state")]
public sealed class IntegrationState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public Uri? BaseUrl { get; set; }
    [Id(2)] public byte[]? ProtectedCredentials { get; set; }
    [Id(3)] public string CredentialKind { get; set; } = "api_key";
    [Id(4)] public string? CompanyIdentifier { get; set; }
    [Id(5)] public ScopeConfig Scope { get; set; } = ScopeConfig.All;
    [Id(6)] public SyncSchedule Schedule { get; set; } = SyncSchedule.Default;
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public string? TenantId { get; set; }
    [Id(9)] public IntegrationStatus Status { get; set; }
    [Id(10)] public SetupStatus Setup { get; set; }
    [Id(11)] public string? StatusReason { get; set; }

    /// <summary>The pass number of the last FULL sync started (records are marked with it).</summary>
    [Id(12)] public long LastPass { get; set; }

    [Id(13)] public CurrentSync? Current { get; set; }

    /// <summary>A FULL asked for while a DELTA ran: it starts when that one ends.</summary>
    [Id(14)] public SyncKind? FollowUp { get; set; }

    [Id(15)] public List<SyncSummary> History { get; set; } = [];
    [Id(16)] public long SyncCounter { get; set; }
    [Id(17)] public DateTimeOffset? LastDeltaStartedAt { get; set; }
    [Id(18)] public DateTimeOffset? LastFullStartedAt { get; set; }
}
