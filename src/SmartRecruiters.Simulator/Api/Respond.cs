using System.Text.Json;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Behaviour;

namespace SmartRecruiters.Simulator.Api;

/// <summary>Writes list pages: the <c>Link: rel="next"</c> header, and the corrupt-record fault when it is on.</summary>
public static class Respond
{
    private static readonly byte[] Open = "["u8.ToArray();
    private static readonly byte[] Comma = ","u8.ToArray();
    private static readonly byte[] Close = "]}"u8.ToArray();

    public static IResult Page<T>(HttpContext context, ListPage<T> page, string? nextPath)
    {
        if (nextPath is not null && page.NextPageId?.Value is { Length: > 0 })
        {
            context.Response.Headers.Link = $"<{ActionLink.BaseUrl(context)}{nextPath}>; rel=\"next\"";
        }

        return Json(context, page);
    }

    /// <summary>
    /// A <c>{limit, offset, nextPageId, totalFound, content}</c> page whose entries are already
    /// serialized: written straight through, without a second serialization.
    /// </summary>
    public static IResult RawPage(HttpContext context, int limit, int offset, PageCursor? next, int total, IEnumerable<byte[]> entries, string? nextPath)
    {
        if (nextPath is not null && next?.Value is { Length: > 0 })
        {
            context.Response.Headers.Link = $"<{ActionLink.BaseUrl(context)}{nextPath}>; rel=\"next\"";
        }

        // The envelope is small; the entries are written as they are, comma-separated.
        var head = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(head, new JsonWriterOptions { Encoder = SimJson.Options.Encoder, SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("limit", limit);
            writer.WriteNumber("offset", offset);
            if (next is not null)
            {
                writer.WritePropertyName("nextPageId");
                if (next.Value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(next.Value);
                }
            }

            writer.WriteNumber("totalFound", total);
            writer.WritePropertyName("content");
        }

        var pieces = new List<ReadOnlyMemory<byte>> { head.WrittenMemory, Open };
        foreach (var entry in entries)
        {
            if (pieces.Count > 2)
            {
                pieces.Add(Comma);
            }

            pieces.Add(entry);
        }

        pieces.Add(Close);
        return new RawJsonResult(pieces);
    }

    /// <summary>JSON with SmartRecruiters' conventions; with the corrupt-record fault, one element of <c>content</c> is broken.</summary>
    public static IResult Json<T>(HttpContext context, T body, int status = StatusCodes.Status200OK)
    {
        if (!FaultMiddleware.ShouldCorruptRecord(context))
        {
            return TypedResults.Json(body, SimJson.Options, statusCode: status);
        }

        var node = JsonSerializer.SerializeToNode(body, SimJson.Options);
        var items = node is JsonObject { } obj && obj["content"] is JsonArray array ? array : node as JsonArray;
        if (items is { Count: > 0 } && items[Random.Shared.Next(items.Count)] is JsonObject victim)
        {
            Corrupt(victim);
            Diagnostics.RequestOutcome.Set(context, Diagnostics.RequestOutcome.InjectedCorruptRecord);
        }

        return TypedResults.Text(node!.ToJsonString(), "application/json", statusCode: status);
    }

    private static void Corrupt(JsonObject record)
    {
        switch (Random.Shared.Next(3))
        {
            case 0:
                record.Remove("id");
                break;
            case 1:
                record["updatedOn"] = 1234567890;
                break;
            default:
                record["firstName"] = new JsonObject { ["unexpected"] = true };
                record["title"] = new JsonArray(1, 2);
                break;
        }
    }
}
