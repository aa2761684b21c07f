namespace SmartRecruiters.Simulator.Diagnostics;

public sealed record RequestLogEntry(
    DateTimeOffset At, string Method, string Path, string Endpoint, int Status, string Outcome, string? CredentialId, double DurationMilliseconds);
