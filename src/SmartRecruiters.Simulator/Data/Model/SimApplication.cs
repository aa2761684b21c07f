namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>A candidate's application to one job, with everything SmartRecruiters hangs off it.</summary>
public sealed class SimApplication
{
    public static readonly string[] InactiveStatuses = ["LEAD", "REJECTED", "WITHDRAWN", "TRANSFERRED"];

    public required string ApplicationId { get; init; }

    public required string CandidateId { get; init; }

    public required string JobId { get; init; }

    /// <summary>LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED.</summary>
    public required string Status { get; set; }

    public string? SubStatus { get; set; }

    public DateTimeOffset? StartsOn { get; set; }

    public string Source { get; set; } = "API";

    public SimLabel? ReasonOfRejection { get; set; }

    public SimLabel? ReasonOfWithdrawal { get; set; }

    public DateTimeOffset CreatedOn { get; init; }

    private readonly List<SimScreeningAnswer> _screeningAnswers = [];
    private readonly List<SimInterview> _interviews = [];
    private readonly List<SimOffer> _offers = [];
    private Action<SimApplication>? _generateDetails;

    public List<SimStatusChange> History { get; } = [];

    public List<SimScreeningAnswer> ScreeningAnswers => WithDetails(_screeningAnswers);

    public List<SimInterview> Interviews => WithDetails(_interviews);

    public List<SimOffer> Offers => WithDetails(_offers);

    public List<SimAttachment> Attachments { get; } = [];

    /// <summary>
    /// Answers, interviews and offers of a generated application are produced on first use: list
    /// pages never need them, so a page of a million-candidate account generates only what it shows.
    /// Callers hold the account's lock, as for every other access.
    /// </summary>
    public void GenerateDetailsLazily(Action<SimApplication> generate) => _generateDetails = generate;

    private List<T> WithDetails<T>(List<T> list)
    {
        if (_generateDetails is { } generate)
        {
            _generateDetails = null;
            generate(this);
        }

        return list;
    }

    internal void AddGenerated(SimScreeningAnswer answer) => _screeningAnswers.Add(answer);

    internal void AddGenerated(SimInterview interview) => _interviews.Add(interview);

    internal void AddGenerated(SimOffer offer) => _offers.Add(offer);

    public bool IsActive => !InactiveStatuses.Contains(Status);

    public DateTimeOffset LastChangedOn => History.Count == 0 ? CreatedOn : History[^1].ChangedOn;
}
