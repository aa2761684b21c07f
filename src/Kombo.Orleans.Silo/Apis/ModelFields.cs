using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Grains.Sync;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Each Kombo model's top-level field names, read from the unified types' JSON contract, so <c>read_models</c>
/// and scope config validation name exactly the fields the store holds.
/// </summary>
internal static class ModelFields
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["ats_users"] = typeof(UnifiedUser),
        ["ats_join_users_roles"] = typeof(UnifiedUserRole),
        ["ats_roles"] = typeof(UnifiedRole),
        ["ats_rejection_reasons"] = typeof(UnifiedRejectionReason),
        ["ats_jobs"] = typeof(UnifiedJob),
        ["ats_job_postings"] = typeof(UnifiedJobPosting),
        ["ats_join_jobs_hiring_team"] = typeof(UnifiedJobHiringTeamMember),
        ["ats_join_jobs_users_roles"] = typeof(UnifiedJobUserRoleAssignment),
        ["ats_screening_questions"] = typeof(UnifiedScreeningQuestion),
        ["ats_join_jobs_screening_questions"] = typeof(UnifiedJobScreeningQuestion),
        ["ats_candidates"] = typeof(UnifiedCandidate),
        ["ats_tags"] = typeof(UnifiedTag),
        ["ats_join_candidates_tags"] = typeof(UnifiedCandidateTag),
        ["ats_applications"] = typeof(UnifiedApplication),
        ["ats_interviews"] = typeof(UnifiedInterview),
        ["ats_join_interviews_users"] = typeof(UnifiedInterviewingTeamMember),
        ["ats_offers"] = typeof(UnifiedOffer),
        ["ats_application_stages"] = typeof(UnifiedApplicationStage),
        ["ats_join_jobs_application_stages"] = typeof(UnifiedJobApplicationStage),
    };

    private static readonly Lazy<Dictionary<string, string[]>> Fields = new(() => Types.ToDictionary(
        p => p.Key,
        p => UnifiedJson.Options.GetTypeInfo(p.Value).Properties.Select(property => property.Name).ToArray(),
        StringComparer.Ordinal));

    /// <summary>Every model, in Kombo's naming, that the engine serves.</summary>
    public static IEnumerable<string> Models => ScopeModels.All.Order(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string model) => Fields.Value.GetValueOrDefault(model) ?? [];

    public static bool IsModel(string model) => ScopeModels.Scope(model) is not null;

    /// <summary>"ats_join_jobs_hiring_team" → "Join jobs hiring team".</summary>
    public static string Label(string model)
    {
        var words = model.StartsWith("ats_", StringComparison.Ordinal) ? model[4..] : model;
        return char.ToUpperInvariant(words[0]) + words[1..].Replace('_', ' ');
    }
}
