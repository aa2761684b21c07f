namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>The statements that end a full pass, before the bump they share with a page commit.</summary>
internal static class UnseenSql
{
    // Answers how many went and which parents their Membership links name. The parents are locked and
    // bumped by later statements: one statement may not update a row twice, and a deleted record can
    // itself be the parent of another one.
    // Parameters: $1 integration, $2 model, $3 pass, $4 instant.
    public const string MarkDeleted = """
        WITH gone AS (
            UPDATE kombo_record SET remote_deleted_at = $4, changed_at = $4, updated_at = $4
            WHERE integration_id = $1 AND model = $2 AND remote_deleted_at IS NULL AND pass < $3
            RETURNING parent_models, parent_ids, parent_changes
        ),
        touched AS (
            SELECT DISTINCT l.model, l.parent_id
            FROM gone, unnest(gone.parent_models, gone.parent_ids, gone.parent_changes) AS l(model, parent_id, changes)
            WHERE l.changes & 1 <> 0
        )
        SELECT (SELECT count(*) FROM gone),
               (SELECT array_agg(model ORDER BY model, parent_id) FROM touched),
               (SELECT array_agg(parent_id ORDER BY model, parent_id) FROM touched)
        """;

    // Locks the parents to bump, in key order, as a page commit does (PageSql), and answers their
    // addresses for PageSql.BumpParents. Parameters: $1 integration, $2 instant, $3 parent models,
    // $4 parent ids (parallel).
    public const string LockParents = """
        SELECT array_agg(p.row_id::text)
        FROM (SELECT model, parent_id FROM unnest($3::text[], $4::text[]) AS t(model, parent_id)
              ORDER BY model COLLATE "C", parent_id COLLATE "C") t
        CROSS JOIN LATERAL (
            SELECT k.ctid AS row_id
            FROM kombo_record k
            WHERE k.integration_id = $1 AND k.model = t.model AND k.id = t.parent_id AND k.updated_at < $2
            LIMIT 1
            FOR UPDATE
        ) p
        """;
}
