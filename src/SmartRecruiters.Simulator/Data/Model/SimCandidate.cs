namespace SmartRecruiters.Simulator.Data.Model;

public sealed class SimCandidate
{
    public required string Id { get; init; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    public SimLocation? Location { get; set; }

    /// <summary>skype, linkedin, facebook, twitter, website.</summary>
    public Dictionary<string, string> Web { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public DateTimeOffset CreatedOn { get; init; }

    public DateTimeOffset UpdatedOn { get; set; }

    public bool Internal { get; set; }

    /// <summary>REQUIRED, PENDING or ACQUIRED.</summary>
    public string ConsentStatus { get; set; } = "ACQUIRED";

    public List<SimEducation> Education { get; set; } = [];

    public List<SimExperience> Experience { get; set; } = [];

    public List<SimApplication> Applications { get; } = [];

    /// <summary>
    /// SmartRecruiters' primary assignment: the most recently updated active application, else the
    /// most recently updated inactive one.
    /// </summary>
    public SimApplication? PrimaryApplication =>
        Applications.Where(a => a.IsActive).MaxBy(a => a.LastChangedOn)
        ?? Applications.MaxBy(a => a.LastChangedOn);

    public IEnumerable<SimApplication> SecondaryApplications
    {
        get
        {
            var primary = PrimaryApplication;
            return Applications.Where(a => !ReferenceEquals(a, primary));
        }
    }

    public SimApplication? ApplicationFor(string jobId) => Applications.FirstOrDefault(a => a.JobId == jobId);
}

public sealed record SimEducation(string Institution, string Degree, string? Major, bool Current, string? StartDate, string? EndDate);

public sealed record SimExperience(string Title, string Company, bool Current, string? StartDate, string? EndDate);
