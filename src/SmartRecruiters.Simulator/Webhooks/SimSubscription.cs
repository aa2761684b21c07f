using System.Text.Json.Nodes;

namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>A webhook subscription: where to deliver which events, its activation state and signing keys.</summary>
public sealed class SimSubscription
{
    public required string Id { get; init; }

    public required string CallbackUrl { get; init; }

    public required IReadOnlyList<string> Events { get; init; }

    public string? AlertingEmailAddress { get; init; }

    /// <summary>How deliveries authenticate to the receiver: <c>{type: basic|header|oauth2, …}</c>, or none.</summary>
    public JsonObject? CallbackAuthentication { get; init; }

    /// <summary>"inactive" until the activation handshake succeeds, then "active".</summary>
    public string Status { get; set; } = "inactive";

    public DateTimeOffset CreatedOn { get; init; }

    /// <summary>Newest last; deliveries are signed with the newest.</summary>
    public List<(string Key, DateTimeOffset CreatedOn)> SecretKeys { get; } = [];

    public List<CallbackLogEntry> CallbacksLog { get; } = [];

    public bool IsActive => Status == "active";
}

public sealed record CallbackLogEntry(
    string Id, string EventId, string EventName, DateTimeOffset AttemptedOn, int? ResponseStatus, string Status, string? Error, int Attempt);
