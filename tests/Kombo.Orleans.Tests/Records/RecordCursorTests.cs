using System.Buffers.Text;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Tests.Records;

public sealed class RecordCursorTests
{
    [Theory]
    [InlineData("c-1")]
    [InlineData("ä/é 日本 😀")]
    [InlineData("a")]
    public void A_cursor_decodes_to_what_was_encoded(string id)
    {
        var cursor = new RecordCursor(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1230), id);

        var text = cursor.Encode();

        Assert.True(RecordCursor.TryDecode(text, out var decoded));
        Assert.Equal(cursor, decoded);
        Assert.DoesNotContain('+', text);
        Assert.DoesNotContain('/', text);
        Assert.DoesNotContain('=', text);
    }

    [Fact]
    public void A_cursor_is_in_utc_whatever_offset_it_was_made_with()
    {
        var cursor = new RecordCursor(new DateTimeOffset(2031, 3, 4, 7, 6, 7, TimeSpan.FromHours(2)), "c-1");

        Assert.True(RecordCursor.TryDecode(cursor.Encode(), out var decoded));

        Assert.Equal(cursor.UpdatedAt, decoded!.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, decoded.UpdatedAt.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AQ")] // the format byte alone
    [InlineData("AgAAAAAAAAAAYQ")] // format version 2
    [InlineData("AQAAAAAAAAAA")] // a position without an id
    [InlineData("Af__________YQ")] // ticks out of range (-1)
    [InlineData("AQAAAAAAAAAA_w")] // an id that is not UTF-8
    public void Garbage_is_not_a_cursor(string? text)
    {
        Assert.False(RecordCursor.TryDecode(text, out var cursor));
        Assert.Null(cursor);
    }

    [Fact]
    public void An_overlong_text_is_not_a_cursor()
    {
        var text = new RecordCursor(DateTimeOffset.UnixEpoch, new string('x', 2000)).Encode();

        Assert.False(RecordCursor.TryDecode(text, out _));
    }

    [Fact]
    public void The_garbage_samples_are_well_formed_base64url()
    {
        // Pins the samples above: they fail for the reason they name, not for bad base64.
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'a'], Base64Url.DecodeFromChars("AQAAAAAAAAAAYQ"));
        Assert.Equal([2, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'a'], Base64Url.DecodeFromChars("AgAAAAAAAAAAYQ"));
        Assert.Equal(9, Base64Url.DecodeFromChars("AQAAAAAAAAAA").Length);
        Assert.Equal(0xFF, Base64Url.DecodeFromChars("AQAAAAAAAAAA_w")[^1]);
        Assert.Equal(-1L, System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(Base64Url.DecodeFromChars("Af__________YQ").AsSpan(1)));
        Assert.True(RecordCursor.TryDecode("AQAAAAAAAAAAYQ", out _));
    }
}
