using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// Kombo's model names (as scope configs, <c>read_models</c> and <c>data-changed</c> webhooks spell them) for
/// each stored unified model (record scope).
/// </summary>
public static class ScopeModels
{
    private static readonly Dictionary<string, string> KomboNames = new(StringComparer.Ordinal)
    {
        [UnifiedModels.User] = "ats_users",
        [UnifiedModels.UserRole] = "ats_join_users_roles",
        [UnifiedModels.Role] = "ats_roles",
        [UnifiedModels.RejectionReason] = "ats_rejection_reasons",
        [UnifiedModels.Job] = "ats_jobs",
        [UnifiedModels.JobPosting] = "ats_job_postings",
        [UnifiedModels.JobHiringTeamMember] = "ats_join_jobs_hiring_team",
        [UnifiedModels.JobUserRoleAssignment] = "ats_join_jobs_users_roles",
        [UnifiedModels.ScreeningQuestion] = "ats_screening_questions",
        [UnifiedModels.JobScreeningQuestion] = "ats_join_jobs_screening_questions",
        [UnifiedModels.Candidate] = "ats_candidates",
        [UnifiedModels.Tag] = "ats_tags",
        [UnifiedModels.CandidateTag] = "ats_join_candidates_tags",
        [UnifiedModels.Application] = "ats_applications",
        [UnifiedModels.Interview] = "ats_interviews",
        [UnifiedModels.InterviewingTeamMember] = "ats_join_interviews_users",
        [UnifiedModels.Offer] = "ats_offers",
        [UnifiedModels.ApplicationStage] = "ats_application_stages",
        [UnifiedModels.JobApplicationStage] = "ats_join_jobs_application_stages",
    };

    private static readonly Dictionary<string, string> Scopes = KomboNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every Kombo model name the engine serves.</summary>
    public static IReadOnlyCollection<string> All => Scopes.Keys;

    /// <summary>The Kombo name of a stored scope; null for internal scopes.</summary>
    public static string? KomboName(string scope) => KomboNames.GetValueOrDefault(scope);

    /// <summary>The stored scope of a Kombo model name; null when there is no such model.</summary>
    public static string? Scope(string komboName) => Scopes.GetValueOrDefault(komboName);
}
