using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// SmartRecruiters tags (plain strings on candidates) → <see cref="UnifiedTag"/> (MAPPING.md, Tags). Tags equal
/// ignoring case are one tag: remote_id = the tag lower-cased (invariant culture); name = of the spellings
/// currently carried, the first in ordinal order. So the mapper takes every spelling seen, not one candidate's.
/// A tag with nothing in it (empty or white space) is no tag.
/// </summary>
public static class TagMapper
{
    /// <summary>Why a carried tag string cannot be a tag (null when it can): it must have a non-blank character.</summary>
    public static string? Validate(string? tag) => string.IsNullOrWhiteSpace(tag) ? "empty tag" : null;

    /// <summary>The tag's remote id: lower-cased, invariant culture; null for a blank tag.</summary>
    public static string? RemoteId(string? tag) => string.IsNullOrWhiteSpace(tag) ? null : tag.ToLowerInvariant();

    /// <summary>
    /// One tag from every spelling of it currently carried (duplicates allowed, blanks ignored).
    /// </summary>
    /// <exception cref="ArgumentException">No non-blank spelling, or spellings of different tags.</exception>
    public static UnifiedTag Map(MappingContext ctx, IEnumerable<string?> spellings)
    {
        string? remoteId = null;
        string? name = null;
        foreach (var spelling in spellings)
        {
            if (RemoteId(spelling) is not { } key)
            {
                continue;
            }

            if (remoteId is null)
            {
                remoteId = key;
            }
            else if (!string.Equals(remoteId, key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{spelling}' is not a spelling of the tag '{remoteId}'.", nameof(spellings));
            }

            if (name is null || string.CompareOrdinal(spelling, name) < 0)
            {
                name = spelling;
            }
        }

        return remoteId is null
            ? throw new ArgumentException("No spelling of the tag.", nameof(spellings))
            : Build(ctx, remoteId, name!);
    }

    /// <summary>Every tag among <paramref name="spellings"/> (all tags currently carried, by any candidate), ordered by remote_id.</summary>
    public static IReadOnlyList<UnifiedTag> MapAll(MappingContext ctx, IEnumerable<string?> spellings)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spelling in spellings)
        {
            if (RemoteId(spelling) is not { } key)
            {
                continue;
            }

            if (!names.TryGetValue(key, out var name) || string.CompareOrdinal(spelling, name) < 0)
            {
                names[key] = spelling!;
            }
        }

        var keys = new string[names.Count];
        names.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        var tags = new UnifiedTag[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            tags[i] = Build(ctx, keys[i], names[keys[i]]);
        }

        return tags;
    }

    private static UnifiedTag Build(MappingContext ctx, string remoteId, string name) => new(
        Id: ctx.Id(UnifiedModels.Tag, remoteId),
        RemoteId: remoteId,
        Name: name,
        RemoteData: null,
        ChangedAt: ctx.ObservedAt,
        RemoteDeletedAt: null);
}
