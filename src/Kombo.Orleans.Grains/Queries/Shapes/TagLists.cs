using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>The tags of a batch of candidates: their live candidate_tags links and the tags they name, two queries per batch.</summary>
internal sealed class TagLists
{
    private readonly ILookup<string, LinkedRecord> _links;
    private readonly IReadOnlyDictionary<string, LinkedRecord> _tags;

    private TagLists(ILookup<string, LinkedRecord> links, IReadOnlyDictionary<string, LinkedRecord> tags)
    {
        _links = links;
        _tags = tags;
    }

    public static async Task<TagLists> LoadAsync(ShapeReader reader, IEnumerable<string?> candidateIds)
    {
        var links = await reader.ByLinkAsync(UnifiedModels.CandidateTag, "candidate_id", candidateIds);
        var tags = await reader.ByIdsAsync(UnifiedModels.Tag, links.SelectMany(g => g).Select(l => l.String("tag_id")));
        return new TagLists(links, tags);
    }

    /// <summary><c>tags</c>: [{id, remote_id, name}], by name.</summary>
    public void Write(Utf8JsonWriter writer, string candidateId)
    {
        writer.WriteStartArray("tags");
        var tags = _links[candidateId].Select(l => l.String("tag_id")).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(id => _tags.GetValueOrDefault(id)).OfType<LinkedRecord>()
            .OrderBy(t => t.String("name"), StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            writer.WriteStartObject();
            writer.WriteString("id", tag.Id);
            tag.Copy(writer, "remote_id");
            tag.Copy(writer, "name");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
