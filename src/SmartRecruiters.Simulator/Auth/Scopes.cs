namespace SmartRecruiters.Simulator.Auth;

/// <summary>SmartRecruiters' OAuth scope names (the ones the simulated endpoints need).</summary>
public static class Scopes
{
    public const string AuditEventsRead = "audit_events_read";
    public const string CandidatesRead = "candidates_read";
    public const string CandidatesCreate = "candidates_create";
    public const string CandidatesManage = "candidates_manage";
    public const string CandidatesOffersRead = "candidates_offers_read";
    public const string CandidateStatusRead = "candidate_status_read";
    public const string ConfigurationRead = "configuration_read";
    public const string InterviewsRead = "interviews_read";
    public const string JobsRead = "jobs_read";
    public const string JobsPublicationsManage = "jobs_publications_manage";
    public const string MessagesWrite = "messages_write";
    public const string UsersRead = "users_read";
    public const string WebhooksRead = "webhooks_read";
    public const string WebhooksWrite = "webhooks_write";
    public const string WebhooksDelete = "webhooks_delete";
    public const string WebhooksManage = "webhooks_manage";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        AuditEventsRead, CandidatesRead, CandidatesCreate, CandidatesManage, CandidatesOffersRead, CandidateStatusRead,
        ConfigurationRead, InterviewsRead, JobsRead, JobsPublicationsManage, MessagesWrite, UsersRead,
        WebhooksRead, WebhooksWrite, WebhooksDelete, WebhooksManage,
    };
}
