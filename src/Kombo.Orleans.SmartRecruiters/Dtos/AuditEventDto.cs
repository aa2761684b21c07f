using System.Text.Json;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An event of <c>GET /audit-api/v201910/audit-events</c> (envelope <c>{nextPageId, limit, content}</c>,
/// oldest first).
/// </summary>
public sealed record AuditEventDto
{
    public string? Id { get; init; }

    /// <summary>e.g. JOB_APPLICATION_STATE_MODIFIED, CANDIDATE_DELETED, USER_ACCOUNT_DEACTIVATED.</summary>
    public string? EventName { get; init; }

    public DateTimeOffset? EventDate { get; init; }

    /// <summary>USER, SUPPORT_USER, SYSTEM, CANDIDATE.</summary>
    public string? AuthorType { get; init; }

    public string? AuthorId { get; init; }

    /// <summary>USER, CANDIDATE, APPLICATION, OFFER, JOB, COMPANY, JOB_PROPERTY, JOB_AD, CREDENTIAL, REPORT_FILE, ONBOARDING_PROCESS.</summary>
    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    /// <summary>
    /// Event-specific details (for a status change: <c>candidateId</c>, <c>jobId</c>,
    /// <c>previousStatus</c>, <c>currentStatus</c>, …). Values are usually strings but some events
    /// carry objects (<c>jobAd</c>, <c>previous</c>/<c>current</c>), so they stay JSON values.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? Context { get; init; }

    public string? Version { get; init; }
}
