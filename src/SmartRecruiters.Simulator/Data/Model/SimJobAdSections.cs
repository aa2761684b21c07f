namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>The four sections of a job ad, each a title and an HTML text (either may be empty).</summary>
public sealed record SimJobAdSections(
    (string Title, string Text) CompanyDescription = default,
    (string Title, string Text) JobDescription = default,
    (string Title, string Text) Qualifications = default,
    (string Title, string Text) AdditionalInformation = default);
