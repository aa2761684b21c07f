namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An integration field's <c>type</c>: DEFAULT = a static field of the source system, CUSTOM = a field its users created: the values Kombo's shapes list.
/// Open enum: <see cref="IntegrationField.Type"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class IntegrationFieldType
{
    public const string Default = "DEFAULT";
    public const string Custom = "CUSTOM";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Default, Custom];
}
