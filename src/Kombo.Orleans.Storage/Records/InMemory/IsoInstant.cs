using System.Globalization;
using System.Text.RegularExpressions;

namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// Reads a payload string as a timestamp exactly where PostgreSQL's <c>kombo_record_instant</c> (migration
/// 0005) does: the same ISO 8601 shapes, UTC when no offset is given, microsecond precision, and no value
/// (never an error) for anything else.
/// </summary>
internal static partial class IsoInstant
{
    public static DateTimeOffset? Parse(string text)
    {
        var shape = Shape().Match(text);
        if (!shape.Success)
        {
            return null;
        }

        // PostgreSQL reads 24:00:00 as the next midnight; .NET knows no hour 24.
        var hour = shape.Groups["hour"];
        var endOfDay = hour.Value == "24";
        if (endOfDay)
        {
            if (shape.Groups["minute"].Value != "00" || shape.Groups["second"].Value.Any(c => c != '0') || shape.Groups["fraction"].Value.Any(c => c != '0'))
            {
                return null;
            }

            text = string.Concat(text.AsSpan(0, hour.Index), "00", text.AsSpan(hour.Index + hour.Length));
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return null;
        }

        instant = ToMicroseconds(instant);
        return endOfDay ? instant.AddDays(1) : instant;
    }

    // PostgreSQL rounds parsed fractional seconds to the microsecond (half to even); RecordTime truncates
    // only the instants the store stamps itself.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset instant)
    {
        var micros = Math.DivRem(instant.UtcTicks, 10, out var rest);
        if (rest > 5 || (rest == 5 && micros % 2 == 1))
        {
            micros++;
        }

        return new DateTimeOffset(micros * 10, TimeSpan.Zero);
    }

    [GeneratedRegex(
        @"\A[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ](?<hour>[0-9]{2}):(?<minute>[0-9]{2})(:(?<second>[0-9]{2})(\.(?<fraction>[0-9]{1,9}))?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
