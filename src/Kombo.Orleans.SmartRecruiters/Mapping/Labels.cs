using System.Globalization;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>Text rules shared by every mapper.</summary>
public static class Labels
{
    /// <summary>
    /// Humanises an enum-like string: split on <c>_</c> and <c>-</c>, title-case each word
    /// (<c>HIRING_MANAGER</c> → <c>Hiring Manager</c>); a string with lower-case letters or spaces is kept as is.
    /// </summary>
    public static string Humanize(string value)
    {
        if (value.Any(char.IsLower) || value.Contains(' ', StringComparison.Ordinal))
        {
            return value;
        }

        var words = value.Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        return string.Join(' ', words);
    }

    /// <summary>A text with nothing in it is null, not "".</summary>
    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Upper-cases a country code (<c>pl</c> → <c>PL</c>).</summary>
    public static string? CountryCode(string? code) => NullIfEmpty(code)?.ToUpperInvariant();

    /// <summary>A date-only value becomes midnight UTC of that date; a timestamp is converted to UTC.</summary>
    public static DateTimeOffset? DateOrTimestamp(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp)
            ? timestamp.ToUniversalTime()
            : null;
    }
}
