namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A user's <c>status</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedUser.Status"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class UserStatus
{
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Active, Inactive];
}
