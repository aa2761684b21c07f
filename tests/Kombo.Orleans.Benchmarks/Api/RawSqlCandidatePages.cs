using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// The same pages as <c>GET /v1/ats/candidates</c>, read with the fewest honest queries on one connection of the
/// client's own: the keyset page of live candidates (as the store's index serves it), then in one round trip (a batch)
/// the page's live applications with their job, current stage and the stage's index in the job's pipeline (left
/// joins), and the page's live candidate_tags with their tags. Links are matched on the payload as the store matches
/// them (the link indexes of migration 0007 answer them when the scope is spelled as they are: integration || '/' || model), with <c>= ANY(@ids)</c>. Every value the API shows is read; nothing is
/// shaped into JSON.
/// </summary>
public sealed class RawSqlCandidatePages(NpgsqlConnection connection, string integrationId, int pageSize)
{
    private const string FirstPage = """
        SELECT k.id, k.remote_id, k.payload::text, k.changed_at, k.updated_at, k.remote_deleted_at
        FROM kombo_record k
        WHERE k.integration_id || '/' || k.model = @scope AND k.remote_deleted_at IS NULL
        ORDER BY k.updated_at, k.id
        LIMIT @limit
        """;

    private const string NextPage = """
        SELECT k.id, k.remote_id, k.payload::text, k.changed_at, k.updated_at, k.remote_deleted_at
        FROM kombo_record k
        WHERE k.integration_id || '/' || k.model = @scope AND k.remote_deleted_at IS NULL AND (k.updated_at, k.id) > (@after_at, @after_id)
        ORDER BY k.updated_at, k.id
        LIMIT @limit
        """;

    private const string Applications = """
        SELECT a.payload->>'candidate_id', a.id, a.payload->>'remote_id', a.payload->>'outcome', a.payload->>'rejection_reason_name',
               a.payload->>'rejected_at', a.payload->>'remote_url', a.changed_at, a.remote_deleted_at,
               a.payload->>'remote_created_at', a.payload->>'remote_updated_at',
               s.id, s.payload->>'remote_id', s.payload->>'name', p.payload->>'index',
               j.id, j.remote_id, j.payload->>'name'
        FROM kombo_record a
        LEFT JOIN kombo_record j ON j.integration_id = a.integration_id AND j.model = 'jobs' AND j.id = a.payload->>'job_id'
        LEFT JOIN kombo_record s ON s.integration_id = a.integration_id AND s.model = 'application_stages' AND s.id = a.payload->>'current_stage_id'
        LEFT JOIN kombo_record p ON p.integration_id || '/' || p.model = $1 || '/job_application_stages' AND p.remote_deleted_at IS NULL
            AND p.payload->>'job_id' = a.payload->>'job_id' AND p.payload->>'stage_id' = a.payload->>'current_stage_id'
        WHERE a.integration_id || '/' || a.model = $1 || '/applications' AND a.remote_deleted_at IS NULL AND a.payload->>'candidate_id' = ANY ($2)
        ORDER BY 1, a.id
        """;

    private const string Tags = """
        SELECT l.payload->>'candidate_id', t.id, t.payload->>'remote_id', t.payload->>'name'
        FROM kombo_record l
        JOIN kombo_record t ON t.integration_id = l.integration_id AND t.model = 'tags' AND t.id = l.payload->>'tag_id'
        WHERE l.integration_id || '/' || l.model = $1 || '/candidate_tags' AND l.remote_deleted_at IS NULL AND l.payload->>'candidate_id' = ANY ($2)
        ORDER BY 1, t.payload->>'name', t.id
        """;

    private readonly string _scope = integrationId + "/candidates";
    private (DateTimeOffset UpdatedAt, string Id)? _after;

    /// <summary>Rows of the last page: candidates, applications, tags (for the sanity check).</summary>
    public (int Candidates, int Applications, int Tags) LastRows { get; private set; }

    public async Task ReadAsync()
    {
        var ids = new List<string>(pageSize + 1);
        var more = false;
        await using (var page = new NpgsqlCommand(_after is null ? FirstPage : NextPage, connection))
        {
            page.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Text) { Value = _scope });
            page.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = pageSize + 1 });
            if (_after is { } after)
            {
                page.Parameters.Add(new NpgsqlParameter("after_at", NpgsqlDbType.TimestampTz) { Value = after.UpdatedAt });
                page.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Text) { Value = after.Id });
            }

            DateTimeOffset lastAt = default;
            await using var reader = await page.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (ids.Count == pageSize)
                {
                    more = true;
                    break;
                }

                ids.Add(reader.GetString(0));
                _ = reader.GetString(1);
                _ = reader.GetString(2);
                _ = reader.GetFieldValue<DateTimeOffset>(3);
                lastAt = reader.GetFieldValue<DateTimeOffset>(4);
                _ = reader.IsDBNull(5) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(5);
            }

            _after = more ? (lastAt, ids[^1]) : null;
        }

        if (ids.Count == 0)
        {
            LastRows = default;
            return;
        }

        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { Command(Applications, ids), Command(Tags, ids) },
        };
        await using var rows = await batch.ExecuteReaderAsync();
        var applications = await DrainAsync(rows);
        await rows.NextResultAsync();
        var tags = await DrainAsync(rows);
        LastRows = (ids.Count, applications, tags);
    }

    private NpgsqlBatchCommand Command(string sql, List<string> ids) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter { Value = integrationId, NpgsqlDbType = NpgsqlDbType.Text },
            new NpgsqlParameter { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
        },
    };

    // Every column is read, as the API reads every value it shows.
    private static async Task<int> DrainAsync(NpgsqlDataReader reader)
    {
        var count = 0;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            count++;
        }

        return count;
    }
}
