namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// A candidate's <c>actions</c>: <c>details</c> and <c>properties</c> in lists, <c>properties</c>,
/// <c>attachments</c>, <c>consent</c> and <c>consents</c> on details.
/// </summary>
public sealed record CandidateActionsDto
{
    public ActionDto? Details { get; init; }

    public ActionDto? Properties { get; init; }

    public ActionDto? Attachments { get; init; }

    public ActionDto? Consent { get; init; }

    public ActionDto? Consents { get; init; }
}
