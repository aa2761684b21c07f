using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class TimestampJsonTests
{
    public static TheoryData<string, string> IsoTexts => new()
    {
        { "2024-03-05T12:31:10.447Z", "2024-03-05T12:31:10.447Z" },
        { "2024-03-05T12:31:10Z", "2024-03-05T12:31:10.000Z" },
        { "2024-03-05T14:31:10.447+02:00", "2024-03-05T12:31:10.447Z" },
        { "2024-03-05T12:31:10.4471234Z", "2024-03-05T12:31:10.447Z" },
        { "2024-03-05T12:31:10.447", "2024-03-05T12:31:10.447Z" },
        { "2024-03-05", "2024-03-05T00:00:00.000Z" },
    };

    [Fact]
    public void timestamps_are_written_in_utc_with_milliseconds()
    {
        var local = new DateTimeOffset(2024, 3, 5, 14, 31, 10, 447, TimeSpan.FromHours(2));

        Assert.Equal("\"2024-03-05T12:31:10.447Z\"", Json.Write(local));
        Assert.Equal("\"2024-01-01T00:00:00.000Z\"", Json.Write(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void sub_millisecond_precision_is_truncated_not_rounded()
    {
        var value = new DateTimeOffset(2024, 3, 5, 12, 31, 10, 447, TimeSpan.Zero).AddTicks(9999);

        Assert.Equal("\"2024-03-05T12:31:10.447Z\"", Json.Write(value));
    }

    [Fact]
    public void nullable_timestamps_are_written_as_value_or_null()
    {
        Assert.Equal("\"2024-03-05T12:31:10.447Z\"", Json.Write<DateTimeOffset?>(Samples.Changed));
        Assert.Equal("null", Json.Write<DateTimeOffset?>(null));
        Assert.Null(Json.WriteObject(Samples.Minimal["users"])["remote_deleted_at"]);
        Assert.Equal("2024-04-01T08:00:00.001Z", Json.WriteObject(Samples.Full["users"])["remote_deleted_at"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(IsoTexts))]
    public void iso_8601_timestamps_are_read_as_utc(string text, string written)
    {
        var read = Json.Read<DateTimeOffset>($"\"{text}\"");

        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal($"\"{written}\"", Json.Write(read));
        Assert.Equal(read, Json.Read<DateTimeOffset?>($"\"{text}\""));
    }

    [Fact]
    public void nullable_timestamp_reads_json_null_as_null()
    {
        Assert.Null(Json.Read<UnifiedTag>(Json.Write(Samples.Minimal["tags"])).RemoteDeletedAt);
    }

    [Fact]
    public void a_timestamp_that_is_not_a_string_or_not_a_date_is_refused()
    {
        Assert.ThrowsAny<JsonException>(() => Json.Read<DateTimeOffset>("1709641870447"));
        Assert.ThrowsAny<JsonException>(() => Json.Read<DateTimeOffset>("\"yesterday\""));
    }

    [Fact]
    public void the_text_helper_matches_the_json_form()
    {
        Assert.Equal("2024-03-05T12:31:10.447Z", UnifiedTimestampConverter.ToText(Samples.Changed));
        Assert.Equal(Samples.Changed, UnifiedTimestampConverter.Parse("2024-03-05T12:31:10.447Z"));
    }
}
