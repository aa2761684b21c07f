namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>Checks shared by the mappers.</summary>
internal static class MappingGuards
{
    /// <summary>
    /// The SmartRecruiters id a record is keyed by. A record without one cannot get a stable unified id,
    /// so mapping it is a caller error (the client skips such records before they reach a mapper).
    /// </summary>
    public static string RemoteId(string? id, string what) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new ArgumentException($"The {what} has no id; it cannot be mapped to a unified record.", nameof(id))
            : id;
}
