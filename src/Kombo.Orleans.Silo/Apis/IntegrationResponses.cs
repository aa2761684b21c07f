using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Sync;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>An integration as <c>GET /v1/integrations/{id}</c> answers it (Kombo's C.1 shape, never the credentials).</summary>
internal sealed record IntegrationResponse(
    string Id,
    ToolResponse Tool,
    string Category,
    IntegrationStatus Status,
    SetupStatus SetupStatus,
    string? StatusReason,
    EndUserResponse EndUser,
    string BaseUrl,
    string CredentialType,
    string? CompanyIdentifier,
    ScopeConfigResponse ScopeConfig,
    ScheduleResponse SyncSchedule,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ReadModelResponse> ReadModels)
{
    public static IntegrationResponse From(IntegrationInfo info) => new(
        info.Id,
        new ToolResponse(info.Tool, "SmartRecruiters"),
        "ATS",
        info.Status,
        info.SetupStatus,
        info.StatusReason,
        new EndUserResponse(info.TenantId),
        info.BaseUrl.AbsoluteUri,
        info.CredentialKind,
        info.CompanyIdentifier,
        new ScopeConfigResponse(info.Scope.DisabledModels, info.Scope.DisabledFields),
        new ScheduleResponse((long)info.Schedule.DeltaInterval.TotalSeconds, (long)info.Schedule.FullInterval.TotalSeconds),
        info.CreatedAt,
        [.. ModelFields.Models.Select(model => ReadModelResponse.From(model, info.Scope))]);
}

internal sealed record ToolResponse(string Id, string Label);

/// <summary><c>origin_id</c> is the owning tenant (Kombo's end user origin id plays that part).</summary>
internal sealed record EndUserResponse(string? OriginId);

internal sealed record ScopeConfigResponse(string[] DisabledModels, Dictionary<string, string[]> DisabledFields);

internal sealed record ScheduleResponse(long DeltaIntervalSeconds, long FullIntervalSeconds);

/// <summary>One model's coverage and scope setting; every model the engine serves is SUPPORTED for SmartRecruiters.</summary>
internal sealed record ReadModelResponse(
    string Id, string Label, bool IsAvailable, string CoverageStatus, string ScopeConfigSetting, bool OptedOutByCustomer,
    IReadOnlyList<ReadFieldResponse> Fields)
{
    public static ReadModelResponse From(string model, ScopeConfig scope)
    {
        var enabled = scope.IsModelEnabled(model);
        var disabledFields = scope.DisabledFieldsOf(model);
        return new ReadModelResponse(
            model, ModelFields.Label(model), enabled, "SUPPORTED", enabled ? "ENABLED" : "DISABLED", false,
            [.. ModelFields.Of(model).Select(field =>
            {
                var fieldEnabled = enabled && !disabledFields.Contains(field);
                return new ReadFieldResponse(field, fieldEnabled, "SUPPORTED", fieldEnabled ? "ENABLED" : "DISABLED", false);
            })]);
    }
}

internal sealed record ReadFieldResponse(string Id, bool IsAvailable, string CoverageStatus, string ScopeConfigSetting, bool OptedOutByCustomer);

/// <summary>Kombo's force-sync answer.</summary>
internal sealed record ForceSyncResponse(bool AlreadyQueued, string SyncId, SyncKind Type);

/// <summary>An empty <c>data</c> object (Kombo answers deletes with one).</summary>
internal sealed record EmptyData;
