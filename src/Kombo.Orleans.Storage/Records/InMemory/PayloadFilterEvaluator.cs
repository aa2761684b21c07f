using System.Text.Json;

namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// The payload filters of one query, checked against a stored payload the way PostgreSQL's lax JSON path does:
/// arrays met on the way and at the end are unwrapped one level, and a filter matches when any value reached
/// matches. Case-insensitive comparisons lower-case both sides invariantly, as <c>kombo_record_fold</c> (ICU
/// <c>lower()</c>) does there, numbers and booleans included.
/// </summary>
internal sealed class PayloadFilterEvaluator
{
    private readonly (IReadOnlyList<string> Path, Func<JsonElement, bool> Match)[] filters;

    /// <exception cref="ArgumentException">A filter is null, has an invalid path or is a contains filter without a value.</exception>
    public PayloadFilterEvaluator(IReadOnlyList<PayloadFilter>? filters)
    {
        this.filters = (filters ?? []).Select(Compile).ToArray();
    }

    public bool IsEmpty => filters.Length == 0;

    public bool Matches(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        foreach (var (path, match) in filters)
        {
            // A link filter (empty path) looks at the root itself.
            if (path.Count == 0 ? !match(document.RootElement) : !Reach(document.RootElement, path).Any(match))
            {
                return false;
            }
        }

        return true;
    }

    private static (IReadOnlyList<string>, Func<JsonElement, bool>) Compile(PayloadFilter filter)
    {
        if (filter is null)
        {
            throw new ArgumentException("A payload filter is null.", nameof(filter));
        }

        var path = PayloadPath.Segments(filter.Path);
        if (filter is PayloadLinkFilter link)
        {
            // Top level only, no unwrapping: what PostgreSQL's "payload ->> field" gives for a scalar.
            var field = path is [var single] ? single : throw new ArgumentException($"A link filter names one top-level property, not '{link.Field}'.", nameof(filter));
            var wanted = (link.Values ?? []).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return ([], root => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var value)
                && value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object) && Text(value) is { } text && wanted.Contains(text));
        }

        Func<JsonElement, bool> match = filter switch
        {
            PayloadEqualsFilter equals => EqualsAny(equals),
            PayloadContainsFilter contains => Contains(contains.Value?.ToLowerInvariant() ?? throw new ArgumentException("A contains filter needs a value.", nameof(filter))),
            PayloadAfterFilter after => IsAfter(RecordTime.Truncate(after.After)),
            _ => throw new ArgumentException($"Unsupported payload filter {filter}.", nameof(filter)),
        };
        return (path, match);
    }

    private static IEnumerable<JsonElement> Reach(JsonElement root, IReadOnlyList<string> path)
    {
        IEnumerable<JsonElement> values = [root];
        foreach (var segment in path)
        {
            values = values.SelectMany(Unwrap).SelectMany(value =>
                value.ValueKind == JsonValueKind.Object && value.TryGetProperty(segment, out var child) ? [child] : Array.Empty<JsonElement>());
        }

        return values.SelectMany(Unwrap);
    }

    private static IEnumerable<JsonElement> Unwrap(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

    // No values (or only nulls) match nothing, as "= ANY ('{}')" does.
    private static Func<JsonElement, bool> EqualsAny(PayloadEqualsFilter filter)
    {
        IEqualityComparer<string> comparer = filter.IgnoreCase ? LowerInvariantComparer.Instance : StringComparer.Ordinal;
        var wanted = (filter.Values ?? []).OfType<string>().ToHashSet(comparer);
        return value => Text(value) is { } text && wanted.Contains(text);
    }

    private static Func<JsonElement, bool> Contains(string lowered) =>
        value => value.ValueKind == JsonValueKind.String && value.GetString()!.ToLowerInvariant().Contains(lowered, StringComparison.Ordinal);

    private static Func<JsonElement, bool> IsAfter(DateTimeOffset after) =>
        value => value.ValueKind == JsonValueKind.String && IsoInstant.Parse(value.GetString()!) is { } instant && instant > after;

    // Strings by their value; numbers and booleans by their JSON text; null, objects and arrays never match.
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
