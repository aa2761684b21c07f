namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>A user on a job's hiring team; the role is one of the five built-ins or a custom string.</summary>
public sealed record SimHiringTeamMember(string UserId, string Role);
