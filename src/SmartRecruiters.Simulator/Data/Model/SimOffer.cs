namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>Status: CREATED, PENDING_APPROVAL, APPROVED, NOT_APPROVED, PENDING_ACCEPTANCE, ACCEPTED, NOT_ACCEPTED, ABANDONED.</summary>
public sealed class SimOffer
{
    public required string Id { get; init; }

    public required string Status { get; set; }

    public DateTimeOffset CreatedOn { get; init; }

    public DateTimeOffset UpdatedOn { get; set; }

    public Dictionary<string, string> Properties { get; } = [];
}
