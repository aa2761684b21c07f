using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>
/// A keyset page: the scope's rows after the cursor in (updated_at, id) order, which the keyset index
/// serves directly. One row more than the page is read to know whether another page follows.
/// </summary>
internal static class PostgresRecordQuery
{
    public static void Validate(RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > RecordQuery.MaxPageSize)
        {
            throw new ArgumentException($"A page holds 1 to {RecordQuery.MaxPageSize} records, not {query.PageSize}.", nameof(query));
        }

        foreach (var filter in query.Filters ?? [])
        {
            ArgumentNullException.ThrowIfNull(filter, nameof(query));
            PayloadPath.Segments(filter.Path);
        }
    }

    public static async Task<RecordPage> ReadAsync(NpgsqlDataSource dataSource, RecordQuery query, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var sql = Build(query, parameters);
        await using var command = dataSource.CreateCommand(sql);
        parameters.CopyTo(command);

        var records = new List<StoredRecord>(Math.Min(query.PageSize + 1, 128));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(new StoredRecord(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetFieldValue<byte[]>(2),
                    reader.GetFieldValue<DateTimeOffset>(3),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
            }
        }

        if (records.Count <= query.PageSize)
        {
            return new RecordPage(records, null);
        }

        records.RemoveAt(records.Count - 1);
        var last = records[^1];
        return new RecordPage(records, new RecordCursor(last.UpdatedAt, last.Id));
    }

    private static string ScopeKey(RecordScope scope) => scope.IntegrationId + "/" + scope.Model;

    private static string Build(RecordQuery query, SqlParameters parameters)
    {
        var sql = new StringBuilder("""
            SELECT k.id, k.remote_id, convert_to(k.payload::text, 'UTF8'), k.changed_at, k.updated_at, k.remote_deleted_at
            FROM kombo_record k
            """);
        // The scope as the keyset index names it (migration 0005).
        sql.Append("\nWHERE k.integration_id || '/' || k.model = ").Append(parameters.Add(ScopeKey(query.Scope), NpgsqlDbType.Text));
        if (!query.IncludeDeleted)
        {
            sql.Append("\n  AND k.remote_deleted_at IS NULL");
        }

        if (query.UpdatedAfter is { } updatedAfter)
        {
            sql.Append("\n  AND k.updated_at > ").Append(parameters.Add(updatedAfter.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        }

        if (query.After is { } cursor)
        {
            sql.Append("\n  AND (k.updated_at, k.id) > (").Append(parameters.Add(cursor.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz))
                .Append(", ").Append(parameters.Add(cursor.Id, NpgsqlDbType.Text)).Append(')');
        }

        if (query.Ids is { } ids)
        {
            // Spelled out by column as well, so the primary key can answer a handful of ids without a scope walk.
            sql.Append("\n  AND k.integration_id = ").Append(parameters.Add(query.Scope.IntegrationId, NpgsqlDbType.Text))
                .Append(" AND k.model = ").Append(parameters.Add(query.Scope.Model, NpgsqlDbType.Text))
                .Append(" AND k.id = ANY (").Append(parameters.Add(ids.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)).Append(')');
        }

        if (query.RemoteIds is { } remoteIds)
        {
            sql.Append("\n  AND k.remote_id = ANY (").Append(parameters.Add(remoteIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)).Append(')');
        }

        foreach (var filter in query.Filters ?? [])
        {
            sql.Append("\n  AND ").Append(PayloadFilterSql.Condition(filter, parameters));
        }

        sql.Append("\nORDER BY k.updated_at, k.id\nLIMIT ").Append(parameters.Add(query.PageSize + 1, NpgsqlDbType.Integer));
        return sql.ToString();
    }
}
