using System.Text.RegularExpressions;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>Which email addresses are returned: SmartRecruiters does not validate them, so we do (MAPPING.md's rule).</summary>
public static partial class EmailRules
{
    public static bool IsValid(string? email) => email is not null && Valid().IsMatch(email);

    public static string? ValidOrNull(string? email) => IsValid(email) ? email : null;

    // MAPPING.md's expression to the letter: note that "+-." in the first class is a range (+ , - .).
    [GeneratedRegex(@"^(?!\.)(?!.*\.\.)([\w'+-.]*)[\w+-]@([\da-z][\da-z-]*\.)+[a-z]{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Valid();
}
