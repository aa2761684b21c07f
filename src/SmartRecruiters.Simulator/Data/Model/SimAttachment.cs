namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>Type: GENERIC_FILE, RESUME, COVER_LETTER.</summary>
public sealed record SimAttachment(string Id, string Name, string Type, string ContentType, byte[] Content);
