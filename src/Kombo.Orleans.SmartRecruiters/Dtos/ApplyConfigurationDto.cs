namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// The Apply API's <c>GET /postings/{uuid}/configuration</c>: the posting's screening questions,
/// settings and privacy policies. Errors come as <see cref="ApplyApiErrorDto"/>.
/// </summary>
public sealed record ApplyConfigurationDto
{
    public IReadOnlyList<ScreeningQuestionDto>? Questions { get; init; }

    public ApplySettingsDto? Settings { get; init; }

    public IReadOnlyList<PrivacyPolicyDto>? PrivacyPolicies { get; init; }
}

public sealed record ScreeningQuestionDto
{
    public string? Id { get; init; }

    public string? Label { get; init; }

    /// <summary>Whether the candidate may answer it several times (languages, work shifts).</summary>
    public bool? Repeatable { get; init; }

    public IReadOnlyList<ScreeningQuestionFieldDto>? Fields { get; init; }
}

public sealed record ScreeningQuestionFieldDto
{
    public string? Id { get; init; }

    public string? Label { get; init; }

    /// <summary>INPUT_TEXT, SINGLE_SELECT, MULTI_SELECT, RADIO, CHECKBOX, TEXTAREA, INFORMATION.</summary>
    public string? Type { get; init; }

    public bool? Required { get; init; }

    /// <summary>DIVERSITY for EEO fields, else absent.</summary>
    public string? ComplianceType { get; init; }

    /// <summary>The options of select, radio and checkbox fields.</summary>
    public IReadOnlyList<IdLabelDto>? Values { get; init; }
}

public sealed record ApplySettingsDto
{
    public bool? AvatarUploadAvailable { get; init; }
}

public sealed record PrivacyPolicyDto
{
    public string? Url { get; init; }

    public string? OrgName { get; init; }
}
