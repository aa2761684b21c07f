using System.Text.Json;
using System.Text.Json.Serialization;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Api;

/// <summary>
/// The <c>nextPageId</c> of a cursor page. On the last page it is written as the configured
/// <see cref="LastPageMarker"/>: <c>""</c>, <c>null</c>, or (a null reference) not at all.
/// </summary>
public sealed class PageCursor
{
    private PageCursor(string? value) => Value = value;

    public string? Value { get; }

    public static PageCursor? Next(string? nextPageId, LastPageMarker lastPage) => nextPageId is not null
        ? new PageCursor(nextPageId)
        : lastPage switch
        {
            LastPageMarker.Empty => new PageCursor(""),
            LastPageMarker.Null => new PageCursor(null),
            _ => null,
        };
}

internal sealed class PageCursorConverter : JsonConverter<PageCursor>
{
    public override bool HandleNull => false;

    public override PageCursor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The simulator only writes page cursors.");

    public override void Write(Utf8JsonWriter writer, PageCursor value, JsonSerializerOptions options)
    {
        if (value.Value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
