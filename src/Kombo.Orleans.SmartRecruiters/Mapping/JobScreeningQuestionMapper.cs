using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Job-specific screening questions: one per question of the job's public posting configuration
/// (<see cref="ScreeningQuestionMapper"/>), <c>index</c> = position from 0 (in API order, questions without an id
/// skipped), <c>required</c> = any field required, precondition_question_id / precondition_options null (the Apply
/// API returns no conditionals). Record id: from <c>{jobId}:{questionId}</c>.
/// </summary>
public static class JobScreeningQuestionMapper
{
    /// <param name="ctx">The mapping context.</param>
    /// <param name="jobRemoteId">The SmartRecruiters job id.</param>
    /// <param name="configuration">The configuration of the job's public posting; null when it has none (no questions).</param>
    public static IReadOnlyList<UnifiedJobScreeningQuestion> Map(MappingContext ctx, string jobRemoteId, ApplyConfigurationDto? configuration)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        MappingGuards.RemoteId(jobRemoteId, "job");
        var jobId = ctx.Id(UnifiedModels.Job, jobRemoteId);
        return ScreeningQuestionMapper.Questions(configuration)
            .Select((q, index) => new UnifiedJobScreeningQuestion(
                Id: ctx.Id(UnifiedModels.JobScreeningQuestion, $"{jobRemoteId}:{q.Id}"),
                JobId: jobId,
                QuestionId: ScreeningQuestionMapper.QuestionId(ctx, q.Id!),
                Index: index,
                Required: (q.Fields ?? []).Any(f => f?.Required == true),
                PreconditionQuestionId: null,
                PreconditionOptions: null,
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null))
            .ToList();
    }
}
