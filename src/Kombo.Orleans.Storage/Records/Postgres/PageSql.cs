namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>
/// The set-based statements of a page commit, over the staging table filled by COPY.
/// Parameters: $1 integration, $2 model, $3 the commit's instant, $4 the pass.
/// </summary>
/// <remarks>
/// Every lookup by key is a LATERAL subquery with LIMIT 1, which the planner cannot turn into a join: it
/// stays one primary-key probe per row, whatever the statistics (or their absence, for a new scope) suggest.
/// Rows are locked in key order (page rows by id, then parents by model and id), so commits that share
/// rows queue instead of deadlocking.
/// </remarks>
internal static class PageSql
{
    // Locks the page's stored rows, classifies each staged record against them (a added, r restored,
    // u updated, f refreshed: only remote_data differs, n unchanged), and locks the parents to bump as
    // docs/record-store.md says: Membership links of records that come or come back, Membership links that
    // appear or disappear, Content links of records whose content changed; a refresh bumps nobody.
    // A row from before migration 0006 has no payload_hash and a content_hash that covered remote_data,
    // so its content is compared as jsonb without remote_data; the staged payload is fetched by address,
    // and only for such rows, so the page's sort carries no payloads. A locked lookup
    // waits for a concurrent change to a parent and then sees it. The statement answers the page's counts
    // and the addresses of the locked parents, which BumpParents updates in a statement of its own: rows
    // locked here, after this statement's snapshot was taken, are visible by address only to a later one.
    public const string ClassifyAndLockParents = """
        WITH page AS (
            SELECT s.id, s.parent_models, s.parent_ids, s.parent_changes,
                   CASE
                       WHEN r.remote_id IS NULL THEN 'a'
                       WHEN r.remote_deleted_at IS NOT NULL THEN 'r'
                       WHEN r.content_changed OR r.remote_id <> s.remote_id THEN 'u'
                       WHEN r.payload_changed THEN 'f'
                       ELSE 'n'
                   END AS kind,
                   r.parent_models AS old_models, r.parent_ids AS old_ids, r.parent_changes AS old_changes
            FROM (SELECT ctid AS stage_row, id, remote_id, content_hash, payload_hash, parent_models, parent_ids, parent_changes
                  FROM kombo_record_stage ORDER BY id) s
            LEFT JOIN LATERAL (
                SELECT k.remote_id, k.remote_deleted_at, k.parent_models, k.parent_ids, k.parent_changes,
                       CASE
                           WHEN k.payload_hash IS NULL
                           THEN (k.payload - 'remote_data') <> ((SELECT t.payload FROM kombo_record_stage t WHERE t.ctid = s.stage_row) - 'remote_data')
                           ELSE k.content_hash <> s.content_hash
                       END AS content_changed,
                       k.payload_hash IS DISTINCT FROM s.payload_hash AS payload_changed
                FROM kombo_record k
                WHERE k.integration_id = $1 AND k.model = $2 AND k.id = s.id
                LIMIT 1
                FOR UPDATE
            ) r ON true
        ),
        new_links AS (
            SELECT p.id, p.kind, l.model, l.parent_id, l.changes
            FROM page p, unnest(p.parent_models, p.parent_ids, p.parent_changes) AS l(model, parent_id, changes)
        ),
        old_links AS (
            SELECT p.id, l.model, l.parent_id, l.changes
            FROM page p, unnest(p.old_models, p.old_ids, p.old_changes) AS l(model, parent_id, changes)
        ),
        touched AS (
            SELECT model, parent_id FROM new_links WHERE kind IN ('a', 'r') AND changes & 1 <> 0
            UNION
            SELECT model, parent_id FROM new_links WHERE kind = 'u' AND changes & 2 <> 0
            UNION
            SELECT model, parent_id FROM (
                (SELECT id, model, parent_id FROM new_links WHERE changes & 1 <> 0
                 EXCEPT
                 SELECT id, model, parent_id FROM old_links WHERE changes & 1 <> 0)
                UNION ALL
                (SELECT id, model, parent_id FROM old_links WHERE changes & 1 <> 0
                 EXCEPT
                 SELECT id, model, parent_id FROM new_links WHERE changes & 1 <> 0)
            ) moved
        ),
        parents AS (
            SELECT p.row_id
            FROM (SELECT model, parent_id FROM touched ORDER BY model COLLATE "C", parent_id COLLATE "C") t
            CROSS JOIN LATERAL (
                SELECT k.ctid AS row_id
                FROM kombo_record k
                WHERE k.integration_id = $1 AND k.model = t.model AND k.id = t.parent_id AND k.updated_at < $3
                LIMIT 1
                FOR UPDATE
            ) p
        )
        SELECT count(*) FILTER (WHERE kind = 'a'),
               count(*) FILTER (WHERE kind = 'u'),
               count(*) FILTER (WHERE kind = 'r'),
               count(*) FILTER (WHERE kind = 'n'),
               (SELECT array_agg(row_id::text) FROM parents),
               count(*) FILTER (WHERE kind = 'f')
        FROM page
        """;

    // Parents locked by this transaction, by address (a TID scan, never a join); they cannot have moved.
    // Parameters: $1 the instant, $2 the addresses as text (Npgsql reads and writes no tid arrays).
    public const string BumpParents = "UPDATE kombo_record SET updated_at = $1 WHERE ctid = ANY ($2::tid[]) AND updated_at < $1";

    // Whether a stored row k changes for the staged row excluded (updated or restored), as the
    // classification decides it, rows from before migration 0006 included.
    private const string Changes = """
        k.remote_deleted_at IS NOT NULL
        OR k.remote_id <> excluded.remote_id
        OR CASE WHEN k.payload_hash IS NULL THEN (k.payload - 'remote_data') <> (excluded.payload - 'remote_data')
                ELSE k.content_hash <> excluded.content_hash END
        """;

    // One upsert for the whole page; the staging table was filled in id order, so inserts walk the key in
    // order. The SET expressions compare with the row itself, not with the classification above: a changed
    // row takes the instant, a refreshed one (only payload_hash differs) keeps its times but takes the new
    // payload and hashes, and an unchanged row whose pass mark and links are as stored is not rewritten at all.
    public const string Upsert = $"""
        INSERT INTO kombo_record AS k
            (integration_id, model, id, remote_id, payload, content_hash, payload_hash, changed_at, updated_at, remote_deleted_at, pass,
             parent_models, parent_ids, parent_changes)
        SELECT $1, $2, s.id, s.remote_id, s.payload, s.content_hash, s.payload_hash,
               $3, $3, NULL, $4, s.parent_models, s.parent_ids, s.parent_changes
        FROM kombo_record_stage s
        ON CONFLICT (integration_id, model, id) DO UPDATE SET
            remote_id = excluded.remote_id,
            payload = excluded.payload,
            content_hash = excluded.content_hash,
            payload_hash = excluded.payload_hash,
            changed_at = CASE WHEN {Changes} THEN excluded.changed_at ELSE k.changed_at END,
            updated_at = CASE WHEN {Changes} THEN excluded.updated_at ELSE k.updated_at END,
            remote_deleted_at = NULL,
            pass = greatest(k.pass, excluded.pass),
            parent_models = excluded.parent_models,
            parent_ids = excluded.parent_ids,
            parent_changes = excluded.parent_changes
        WHERE k.remote_deleted_at IS NOT NULL
           OR k.payload_hash IS DISTINCT FROM excluded.payload_hash
           OR k.remote_id <> excluded.remote_id
           OR k.pass < excluded.pass
           OR k.parent_models IS DISTINCT FROM excluded.parent_models
           OR k.parent_ids IS DISTINCT FROM excluded.parent_ids
           OR k.parent_changes IS DISTINCT FROM excluded.parent_changes
        """;
}
