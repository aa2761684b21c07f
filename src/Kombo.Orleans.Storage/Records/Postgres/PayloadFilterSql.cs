using NpgsqlTypes;

namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>
/// A payload filter as an EXISTS over the values its path reaches. The path becomes an SQL/JSON path in lax
/// mode (arrays on the way are unwrapped; the trailing <c>[*]</c> unwraps an array at the end) and, like
/// every value, travels as a parameter.
/// </summary>
internal static class PayloadFilterSql
{
    /// <exception cref="ArgumentException">The path is not dotted lower-case identifiers, or the filter is of an unknown kind.</exception>
    public static string Condition(PayloadFilter filter, SqlParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter is PayloadLinkFilter link)
        {
            // The expression of migration 0007's indexes, with the field inlined (a validated identifier) so the planner matches it.
            var field = LinkField(link.Field);
            return $"(k.payload ->> '{field}') = ANY ({parameters.Add(link.Values?.Where(v => v is not null).ToArray() ?? [], NpgsqlDbType.Array | NpgsqlDbType.Text)})";
        }

        var path = parameters.Add(JsonPath(filter.Path), NpgsqlDbType.Text);
        var test = filter switch
        {
            PayloadEqualsFilter { IgnoreCase: false } equals =>
                $"jsonb_typeof(v.value) IN ('string', 'number', 'boolean') AND (v.value #>> '{{}}') = ANY ({Values(equals, parameters)})",
            PayloadEqualsFilter equals =>
                $"jsonb_typeof(v.value) IN ('string', 'number', 'boolean') AND kombo_record_fold(v.value #>> '{{}}') IN (SELECT kombo_record_fold(x) FROM unnest({Values(equals, parameters)}) AS x)",
            PayloadContainsFilter contains =>
                $"jsonb_typeof(v.value) = 'string' AND strpos(kombo_record_fold(v.value #>> '{{}}'), kombo_record_fold({parameters.Add(Required(contains.Value), NpgsqlDbType.Text)})) > 0",
            PayloadAfterFilter after =>
                $"jsonb_typeof(v.value) = 'string' AND kombo_record_instant(v.value #>> '{{}}') > {parameters.Add(after.After.ToUniversalTime(), NpgsqlDbType.TimestampTz)}",
            _ => throw new ArgumentException($"Unknown payload filter {filter.GetType().Name}.", nameof(filter)),
        };
        return $"EXISTS (SELECT 1 FROM jsonb_path_query(k.payload, {path}::jsonpath) AS v(value) WHERE {test})";
    }

    // Segments are validated identifiers, quoted anyway so a segment named like a jsonpath keyword stays a key.
    private static string JsonPath(string path) =>
        "$" + string.Concat(PayloadPath.Segments(path).Select(segment => ".\"" + segment + "\"")) + "[*]";

    private static string Values(PayloadEqualsFilter filter, SqlParameters parameters)
    {
        var values = filter.Values?.Where(v => v is not null).ToArray() ?? [];
        return parameters.Add(values, NpgsqlDbType.Array | NpgsqlDbType.Text);
    }

    /// <exception cref="ArgumentException">The field is not one top-level identifier.</exception>
    internal static string LinkField(string field) => PayloadPath.Segments(field) is [var single]
        ? single
        : throw new ArgumentException($"A link filter names one top-level property, not '{field}'.", nameof(field));

    private static string Required(string? value) =>
        value ?? throw new ArgumentException("A contains filter needs a value.", nameof(value));
}
