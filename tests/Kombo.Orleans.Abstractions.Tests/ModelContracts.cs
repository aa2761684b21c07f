using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

/// <summary>
/// Per model: its record type, the flat keys Kombo's SDK validates (for models Kombo only embeds, the keys of the
/// embedded object that belong to this record), the keys this model adds beyond them (the SDK ignores unknown keys),
/// and the seed's field list for the model.
/// </summary>
internal sealed record ModelContract(Type RecordType, string[] SdkKeys, string[] BeyondSdkKeys, string[] SeedFields)
{
    public static readonly IReadOnlyDictionary<string, ModelContract> All = new Dictionary<string, ModelContract>
    {
        ["users"] = new(
            typeof(UnifiedUser),
            ["id", "remote_id", "first_name", "last_name", "email", "status", "changed_at", "remote_deleted_at"],
            ["remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "first_name", "last_name", "status", "remote_data"]),
        ["jobs"] = new(
            typeof(UnifiedJob),
            ["id", "remote_id", "name", "job_code", "description", "confidential", "weekly_hours", "employment_type",
             "status", "visibility", "category", "department", "post_url", "experience_level", "remote_work_status",
             "salary_amount", "salary_amount_from", "salary_amount_to", "salary_currency", "salary_period", "location",
             "custom_fields", "remote_url", "opened_at", "closed_at", "remote_created_at", "remote_updated_at",
             "contact_id", "changed_at", "remote_deleted_at"],
            ["integration_fields", "remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "name", "job_code", "description", "employment_type",
             "status", "visibility", "category", "department", "post_url", "experience_level", "salary_amount_from",
             "salary_amount_to", "salary_currency", "salary_period", "location", "custom_fields", "integration_fields",
             "remote_url", "opened_at", "remote_created_at", "remote_updated_at", "remote_data"]),
        ["job_postings"] = new(
            typeof(UnifiedJobPosting),
            ["id", "remote_id", "title", "description_html", "status", "visibility", "url"],
            ["job_id", "remote_created_at", "remote_data", "changed_at", "remote_deleted_at"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "title", "description_html", "status", "visibility",
             "url", "job_id", "remote_data", "remote_created_at"]),
        ["candidates"] = new(
            typeof(UnifiedCandidate),
            ["id", "remote_id", "first_name", "last_name", "company", "title", "confidential", "source", "phone_numbers",
             "email_addresses", "social_media", "location", "custom_fields", "remote_url", "remote_created_at",
             "remote_updated_at", "changed_at", "remote_deleted_at"],
            ["integration_fields", "remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "first_name", "last_name", "company", "title",
             "source", "phone_numbers", "email_addresses", "social_media", "location", "custom_fields",
             "integration_fields", "remote_url", "remote_created_at", "remote_updated_at", "remote_data"]),
        ["application_stages"] = new(
            typeof(UnifiedApplicationStage),
            ["id", "remote_id", "name", "changed_at", "remote_deleted_at"],
            ["global_index", "remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "name", "global_index"]),
        ["applications"] = new(
            typeof(UnifiedApplication),
            ["id", "remote_id", "outcome", "rejection_reason_name", "rejected_at", "current_stage_id", "job_id",
             "candidate_id", "screening_question_answers", "custom_fields", "remote_url", "changed_at",
             "remote_deleted_at", "remote_created_at", "remote_updated_at"],
            ["integration_fields", "remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "outcome", "rejection_reason_name", "rejected_at",
             "current_stage_id", "job_id", "candidate_id", "screening_question_answers", "custom_fields",
             "integration_fields", "remote_url", "remote_created_at", "remote_updated_at", "remote_data"]),
        ["screening_questions"] = new(
            typeof(UnifiedScreeningQuestion),
            ["id", "remote_id", "title", "description", "format", "category"],
            ["changed_at", "remote_deleted_at"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "title", "description", "format", "category"]),
        ["tags"] = new(
            typeof(UnifiedTag),
            ["id", "remote_id", "name", "changed_at", "remote_deleted_at"],
            ["remote_data"],
            []),
        ["interviews"] = new(
            typeof(UnifiedInterview),
            ["id", "remote_id", "title", "starting_at", "ending_at", "location", "video_conferencing_url",
             "application_id", "stage_id", "canceled", "remote_created_at", "remote_updated_at", "changed_at",
             "remote_deleted_at"],
            ["remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "title", "starting_at", "ending_at", "location",
             "application_id", "canceled", "remote_data"]),
        ["offers"] = new(
            typeof(UnifiedOffer),
            ["id", "remote_id", "status", "employment_start_date", "application_id", "custom_fields", "changed_at",
             "remote_deleted_at", "remote_created_at", "remote_updated_at"],
            ["integration_fields", "remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "status", "application_id", "custom_fields",
             "integration_fields", "remote_created_at", "remote_updated_at", "remote_data"]),
        ["rejection_reasons"] = new(
            typeof(UnifiedRejectionReason),
            ["id", "remote_id", "name", "changed_at", "remote_deleted_at"],
            ["remote_data"],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "name", "remote_data"]),
        ["roles"] = new(
            typeof(UnifiedRole),
            ["id", "remote_id", "remote_label", "scope", "unified_type", "changed_at", "remote_deleted_at"],
            [],
            ["id", "remote_id", "changed_at", "remote_deleted_at", "remote_label", "scope", "unified_type"]),
        ["candidate_tags"] = new(
            typeof(UnifiedCandidateTag),
            [],
            ["id", "candidate_id", "tag_id", "changed_at", "remote_deleted_at"],
            []),
        ["job_application_stages"] = new(
            typeof(UnifiedJobApplicationStage),
            ["index"],
            ["id", "job_id", "stage_id", "changed_at", "remote_deleted_at"],
            ["index", "job_id", "stage_id", "id", "changed_at", "remote_deleted_at"]),
        ["job_screening_questions"] = new(
            typeof(UnifiedJobScreeningQuestion),
            ["index", "required", "precondition_question_id", "precondition_options"],
            ["id", "job_id", "question_id", "changed_at", "remote_deleted_at"],
            ["index", "required", "precondition_question_id", "precondition_options", "job_id", "question_id", "id",
             "changed_at", "remote_deleted_at"]),
        ["job_user_role_assignments"] = new(
            typeof(UnifiedJobUserRoleAssignment),
            [],
            ["id", "job_user_id", "role_id", "changed_at", "remote_deleted_at"],
            ["job_user_id", "role_id", "id", "changed_at", "remote_deleted_at"]),
        ["job_hiring_team_members"] = new(
            typeof(UnifiedJobHiringTeamMember),
            [],
            ["id", "job_id", "user_id", "roles", "changed_at", "remote_deleted_at"],
            ["roles", "job_id", "user_id", "id", "changed_at", "remote_deleted_at"]),
        ["user_roles"] = new(
            typeof(UnifiedUserRole),
            [],
            ["id", "user_id", "role_id", "changed_at", "remote_deleted_at"],
            ["user_id", "role_id", "id", "changed_at", "remote_deleted_at"]),
        ["interviewing_team_members"] = new(
            typeof(UnifiedInterviewingTeamMember),
            [],
            ["id", "interview_id", "user_id", "changed_at", "remote_deleted_at"],
            ["interview_id", "user_id", "id", "changed_at", "remote_deleted_at"]),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    public IEnumerable<string> AllKeys => SdkKeys.Concat(BeyondSdkKeys);
}
