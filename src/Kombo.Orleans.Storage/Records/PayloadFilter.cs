namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A condition on the payload at a dotted <see cref="Path"/> of property names (e.g.
/// <c>email_addresses.email_address</c>). Arrays met on the way, and at the end, are unwrapped (JSON path lax
/// mode), so a path matches when ANY value it reaches matches. Path segments are lower-case identifiers.
/// </summary>
public abstract record PayloadFilter(string Path);

/// <summary>
/// Matches when a value at the path equals one of <see cref="Values"/>: strings by text (ordinal, or
/// invariant case-insensitive), numbers and booleans by their JSON text (<c>42</c>, <c>true</c>); null never matches.
/// </summary>
public sealed record PayloadEqualsFilter(string Path, IReadOnlyCollection<string> Values, bool IgnoreCase = false) : PayloadFilter(Path);

/// <summary>Matches when a string value at the path contains <see cref="Value"/>, case-insensitively (e.g. jobs' <c>name_contains</c>).</summary>
public sealed record PayloadContainsFilter(string Path, string Value) : PayloadFilter(Path);

/// <summary>Matches when a timestamp at the path (ISO 8601 string) is strictly after <see cref="After"/> (e.g. <c>remote_created_after</c>).</summary>
public sealed record PayloadAfterFilter(string Path, DateTimeOffset After) : PayloadFilter(Path);

/// <summary>
/// Matches when the top-level property <see cref="Field"/> is a scalar (string, number, boolean) whose text is one of
/// <see cref="Values"/> (ordinal); arrays and objects never match. Meant for the links between records
/// (<see cref="RecordLinks.Fields"/>: <c>candidate_id</c>, <c>job_id</c>, …), which the PostgreSQL store indexes, so
/// reading the children of a page of parents does not walk the whole scope.
/// </summary>
public sealed record PayloadLinkFilter(string Field, IReadOnlyCollection<string> Values) : PayloadFilter(Field);
