namespace SmartRecruiters.Simulator.Data.Model;

public sealed record SimStatusChange(DateTimeOffset ChangedOn, string Status, string? SubStatus = null);
