namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>The model names ids are derived from (stable: changing one changes every id of that model).</summary>
public static class UnifiedModels
{
    public const string User = "users";
    public const string Role = "roles";
    public const string UserRole = "user_roles";
    public const string Job = "jobs";
    public const string JobPosting = "job_postings";
    public const string JobHiringTeamMember = "job_hiring_team_members";
    public const string JobUserRoleAssignment = "job_user_role_assignments";
    public const string ApplicationStage = "application_stages";
    public const string JobApplicationStage = "job_application_stages";
    public const string ScreeningQuestion = "screening_questions";
    public const string JobScreeningQuestion = "job_screening_questions";
    public const string Candidate = "candidates";
    public const string Tag = "tags";
    public const string CandidateTag = "candidate_tags";
    public const string Application = "applications";
    public const string Interview = "interviews";
    public const string InterviewingTeamMember = "interviewing_team_members";
    public const string Offer = "offers";
    public const string RejectionReason = "rejection_reasons";
}
