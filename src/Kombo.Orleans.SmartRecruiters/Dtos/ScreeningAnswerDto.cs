namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An answer of <c>GET /candidates/{id}/jobs/{jobId}/screening-answers</c> (envelope
/// <c>{totalFound, content}</c>): records → fields → values. Repeatable questions (languages,
/// work shifts) have several records; compound ones (EEO, currency) several fields.
/// </summary>
public sealed record ScreeningAnswerDto
{
    /// <summary>The question id.</summary>
    public string? Id { get; init; }

    /// <summary>text, textarea, checkbox, radio, select, languages, eeo, currency, acknowledgement, …</summary>
    public string? Type { get; init; }

    /// <summary>A UUID for custom questions, a fixed name (<c>languages</c>, <c>eeoInformation</c>, …) for library ones.</summary>
    public string? Category { get; init; }

    public string? Name { get; init; }

    /// <summary>The question text shown to the candidate.</summary>
    public string? Label { get; init; }

    public IReadOnlyList<AnswerRecordDto>? Records { get; init; }
}

public sealed record AnswerRecordDto
{
    public IReadOnlyList<AnswerFieldDto>? Fields { get; init; }
}

public sealed record AnswerFieldDto
{
    public string? Id { get; init; }

    /// <summary>May be absent or empty (single-field answers).</summary>
    public string? Label { get; init; }

    /// <summary>Several for multi-select; for free text, id and label are the text itself.</summary>
    public IReadOnlyList<IdLabelDto>? Values { get; init; }
}
