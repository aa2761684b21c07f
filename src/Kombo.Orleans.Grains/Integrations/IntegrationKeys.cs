namespace Kombo.Orleans.Grains.Integrations;

/// <summary>Integration ids that are safe grain keys (Orleans' ADO.NET storage reads all-hex keys as numbers; reminders hold ≤150 characters).</summary>
public static class IntegrationKeys
{
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="id"/> cannot be an integration id (null when it can).</summary>
    public static string? Validate(string id) =>
        string.IsNullOrWhiteSpace(id) ? "An integration id is required."
        : id.Length > MaxLength ? $"An integration id has at most {MaxLength} characters."
        : id.Contains('+') || id.Contains('/') ? "An integration id contains neither '+' nor '/'."
        : id.All(Uri.IsHexDigit) ? "An integration id needs a character that is not a hex digit (e.g. 'smartrecruiters:…')."
        : id.Any(char.IsControl) ? "An integration id has no control characters."
        : null;
}
