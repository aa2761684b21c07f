using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Screening questions, from the Apply API configuration (<c>GET /postings/{uuid}/configuration</c>) of the job's
/// PUBLIC posting (<see cref="SelectPublicPosting"/>); a job without one has no screening questions.
/// remote_id ← question <c>id</c>, title ← <c>label</c>, description null, category EEO when any field has
/// complianceType DIVERSITY (else null). format from the first field's type: INPUT_TEXT → TEXT (SINGLE_LINE),
/// TEXTAREA → TEXT (MULTI_LINE), SINGLE_SELECT → SINGLE_SELECT (DROPDOWN), RADIO → SINGLE_SELECT (RADIO),
/// MULTI_SELECT → MULTI_SELECT, CHECKBOX → BOOLEAN, INFORMATION → INFORMATION; any other type, or a question
/// without fields → UNKNOWN with the question's JSON. Options come from the first field's values: remote_id ←
/// value <c>id</c>, name ← value <c>label</c> (the id when there is no label); option ids from
/// <c>{questionId}:{valueId}</c>. Question ids are account-wide (the same question on several jobs is one record).
/// </summary>
public static class ScreeningQuestionMapper
{
    /// <summary>The model name option ids are derived from (options are not a model of their own in <see cref="UnifiedModels"/>).</summary>
    public const string OptionModel = "screening_question_options";

    /// <summary>The unified id of the question with Apply-API id <paramref name="questionRemoteId"/>.</summary>
    public static string QuestionId(MappingContext ctx, string questionRemoteId)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.Id(UnifiedModels.ScreeningQuestion, questionRemoteId);
    }

    /// <summary>The question, or null when it has no id (it could not be identified across syncs).</summary>
    public static UnifiedScreeningQuestion? Map(MappingContext ctx, ScreeningQuestionDto question)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(question.Id))
        {
            return null;
        }

        var fields = (question.Fields ?? []).Where(f => f is not null).ToList();
        return new UnifiedScreeningQuestion(
            Id: QuestionId(ctx, question.Id),
            RemoteId: question.Id,
            Title: Labels.NullIfEmpty(question.Label),
            Description: null,
            Format: FormatOf(ctx, question),
            Category: fields.Any(f => string.Equals(f.ComplianceType, "DIVERSITY", StringComparison.OrdinalIgnoreCase))
                ? ScreeningQuestionCategory.Eeo
                : null,
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>Every question of a posting configuration with an id, once each, in API order; none for no configuration.</summary>
    public static IReadOnlyList<UnifiedScreeningQuestion> MapAll(MappingContext ctx, ApplyConfigurationDto? configuration) =>
        Questions(configuration).Select(q => Map(ctx, q)!).ToList();

    /// <summary>
    /// The posting whose configuration holds the job's screening questions: of the job's ads that are PUBLISHED with
    /// visibility PUBLIC, the default ad first, then the others in API order, the first that has a posting in
    /// <paramref name="postings"/> (the Posting API's list, matched on <c>jobAdId</c>, with a <c>uuid</c>); null when
    /// the job has no public posting.
    /// </summary>
    public static PostingDto? SelectPublicPosting(IEnumerable<JobAdDto?> ads, IEnumerable<PostingDto?> postings)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(postings);
        var withUuid = postings.Where(p => !string.IsNullOrWhiteSpace(p?.Uuid) && !string.IsNullOrWhiteSpace(p.JobAdId)).Select(p => p!).ToList();
        return ads
            .Where(a => a is { PostingStatus: "PUBLISHED", Visibility: "PUBLIC" } && !string.IsNullOrWhiteSpace(a.Id))
            .OrderByDescending(a => a!.Default == true)
            .Select(a => withUuid.FirstOrDefault(p => string.Equals(p.JobAdId, a!.Id, StringComparison.Ordinal)))
            .FirstOrDefault(p => p is not null);
    }

    /// <summary>The questions with an id, first occurrence of each id, in API order.</summary>
    internal static IEnumerable<ScreeningQuestionDto> Questions(ApplyConfigurationDto? configuration) =>
        (configuration?.Questions ?? [])
            .Where(q => !string.IsNullOrWhiteSpace(q?.Id))
            .Select(q => q!)
            .DistinctBy(q => q.Id, StringComparer.Ordinal);

    private static ScreeningQuestionFormat FormatOf(MappingContext ctx, ScreeningQuestionDto question)
    {
        var field = question.Fields?.FirstOrDefault(f => f is not null);
        return field?.Type switch
        {
            "INPUT_TEXT" => new TextQuestionFormat(TextDisplayType.SingleLine, null),
            "TEXTAREA" => new TextQuestionFormat(TextDisplayType.MultiLine, null),
            "SINGLE_SELECT" => new SingleSelectQuestionFormat(SelectDisplayType.Dropdown, Options(ctx, question.Id!, field)),
            "RADIO" => new SingleSelectQuestionFormat(SelectDisplayType.Radio, Options(ctx, question.Id!, field)),
            "MULTI_SELECT" => new MultiSelectQuestionFormat(Options(ctx, question.Id!, field)),
            "CHECKBOX" => new BooleanQuestionFormat(),
            "INFORMATION" => new InformationQuestionFormat(),
            _ => new UnknownQuestionFormat(RawJson.Serialize(question, SmartRecruitersJson.Options)),
        };
    }

    private static IReadOnlyList<QuestionOption> Options(MappingContext ctx, string questionId, ScreeningQuestionFieldDto field) =>
        (field.Values ?? [])
            .Where(v => !string.IsNullOrWhiteSpace(v?.Id) || !string.IsNullOrWhiteSpace(v?.Label))
            .Select(v => v!)
            .DistinctBy(v => v.Id ?? v.Label, StringComparer.Ordinal)
            .Select(v => new QuestionOption(
                Id: ctx.Id(OptionModel, $"{questionId}:{v.Id ?? v.Label}"),
                RemoteId: Labels.NullIfEmpty(v.Id),
                Name: Labels.NullIfEmpty(v.Label) ?? v.Id!))
            .ToList();
}
