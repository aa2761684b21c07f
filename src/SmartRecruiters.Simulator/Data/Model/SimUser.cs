namespace SmartRecruiters.Simulator.Data.Model;

public sealed class SimUser
{
    public required string Id { get; init; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Not validated by SmartRecruiters: may be malformed or shared.</summary>
    public string? Email { get; set; }

    public bool Active { get; set; }

    public required string SystemRoleId { get; set; }

    public DateTimeOffset UpdatedOn { get; set; }

    public string LanguageCode { get; set; } = "en";

    public SimLocation? Location { get; set; }
}
