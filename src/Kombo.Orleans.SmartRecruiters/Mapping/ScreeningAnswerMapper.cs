using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// An application's screening answers (<c>GET /candidates/{id}/jobs/{jobId}/screening-answers</c>) → its
/// <c>screening_question_answers</c> (MAPPING.md, Applications). Question = {remote_id: answer <c>id</c>, title:
/// <c>label</c>, type}; the answer's values are the <c>values[].label</c> of its records' fields, in order.
/// </summary>
public static class ScreeningAnswerMapper
{
    /// <summary>The checkbox values that mean "checked" (compared case-insensitively, surrounding white space ignored).</summary>
    public static IReadOnlyList<string> CheckedValues { get; } = ["true", "yes", "1", "checked", "confirmed"];

    /// <summary>
    /// Maps every answer, in order. <paramref name="questions"/> are the job's question definitions (Apply API
    /// configuration), when known: a checkbox answer is MULTI_SELECT when its question offers several options.
    /// </summary>
    public static IReadOnlyList<ScreeningQuestionAnswer> MapAll(IReadOnlyList<ScreeningAnswerDto?>? answers, IReadOnlyList<ScreeningQuestionDto?>? questions = null)
    {
        if (answers is null || answers.Count == 0)
        {
            return [];
        }

        var result = new List<ScreeningQuestionAnswer>(answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is { } answer)
            {
                result.Add(Map(answer, questions));
            }
        }

        return result;
    }

    /// <summary>
    /// One answer, by its <c>type</c> (case-insensitive): text, textarea → TEXT {content: values joined with
    /// <c>\n</c>}; radio → SINGLE_SELECT; select → SINGLE_SELECT with one value, MULTI_SELECT with several;
    /// checkbox → MULTI_SELECT when the question offers several options, else BOOLEAN; acknowledgement →
    /// BOOLEAN {checked: a value is present}; anything else → UNKNOWN {raw: the answer object}.
    /// </summary>
    public static ScreeningQuestionAnswer Map(ScreeningAnswerDto answer, IReadOnlyList<ScreeningQuestionDto?>? questions = null)
    {
        var remoteId = Labels.NullIfEmpty(answer.Id);
        var title = Title(answer);
        var type = answer.Type?.Trim();
        if (Is(type, "text") || Is(type, "textarea"))
        {
            var values = Values(answer);
            return new TextScreeningQuestionAnswer(remoteId, title, values.Count == 0 ? null : Labels.NullIfEmpty(string.Join('\n', values)));
        }

        if (Is(type, "radio"))
        {
            var values = Values(answer);
            return new SingleSelectScreeningQuestionAnswer(remoteId, title, values.Count == 0 ? null : values[0]);
        }

        if (Is(type, "select"))
        {
            var values = Values(answer);
            return values.Count > 1
                ? new MultiSelectScreeningQuestionAnswer(remoteId, title, values)
                : new SingleSelectScreeningQuestionAnswer(remoteId, title, values.Count == 0 ? null : values[0]);
        }

        if (Is(type, "checkbox"))
        {
            var values = Values(answer);
            var options = OptionCount(answer.Id, questions);
            return options > 1 || (options is null && values.Count > 1)
                ? new MultiSelectScreeningQuestionAnswer(remoteId, title, values)
                : new BooleanScreeningQuestionAnswer(remoteId, title, values.Count > 0 && IsChecked(values[0]));
        }

        if (Is(type, "acknowledgement"))
        {
            return new BooleanScreeningQuestionAnswer(remoteId, title, Values(answer).Count > 0);
        }

        return new UnknownScreeningQuestionAnswer(remoteId, title, RawJson.Serialize(answer, SmartRecruitersJson.Options));
    }

    /// <summary>Whether a checkbox value means "checked": true, yes, 1, checked or confirmed, case-insensitive.</summary>
    public static bool IsChecked(string? value)
    {
        var text = value.AsSpan().Trim();
        foreach (var candidate in CheckedValues)
        {
            if (text.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The non-blank <c>values[].label</c> of every record's fields, in order.</summary>
    public static IReadOnlyList<string> Values(ScreeningAnswerDto answer)
    {
        var values = new List<string>();
        foreach (var record in answer.Records ?? [])
        {
            foreach (var field in record?.Fields ?? [])
            {
                foreach (var value in field?.Values ?? [])
                {
                    if (Labels.NullIfEmpty(value?.Label) is { } label)
                    {
                        values.Add(label);
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// How many options the question <paramref name="questionId"/> offers (the values of all its fields); null
    /// when the definitions are not known or do not list the question.
    /// </summary>
    public static int? OptionCount(string? questionId, IReadOnlyList<ScreeningQuestionDto?>? questions)
    {
        if (questionId is null || questions is null)
        {
            return null;
        }

        foreach (var question in questions)
        {
            if (question is not null && string.Equals(question.Id, questionId, StringComparison.Ordinal))
            {
                var count = 0;
                foreach (var field in question.Fields ?? [])
                {
                    count += field?.Values?.Count ?? 0;
                }

                return count;
            }
        }

        return null;
    }

    /// <summary>The question title: the answer's <c>label</c>, else its <c>name</c>, else its id (Kombo requires a title).</summary>
    private static string Title(ScreeningAnswerDto answer) =>
        Labels.NullIfEmpty(answer.Label) ?? Labels.NullIfEmpty(answer.Name) ?? answer.Id ?? "";

    private static bool Is(string? type, string expected) => string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);
}
