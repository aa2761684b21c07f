-- Kombo.Orleans schema, migration 0005: the record store (docs/record-store.md).
--
-- kombo_record holds every unified record of every integration: one row per (integration, model, id),
-- deleted records included (soft deletion). Key columns sort with the "C" collation so PostgreSQL
-- orders ids exactly as .NET's ordinal comparison does, and comparisons are plain byte compares.
-- A record names the records that embed it as three parallel arrays (model, id, NestedChange flags:
-- 1 = Membership, 2 = Content); NULL when it has none, which costs nothing per row.
-- The fill factor leaves room on each page so rewriting a pass mark (most rows of a full pass) can
-- stay a heap-only update that touches no index.

CREATE TABLE IF NOT EXISTS kombo_record
(
    integration_id    text COLLATE "C" NOT NULL,
    model             text COLLATE "C" NOT NULL,
    id                text COLLATE "C" NOT NULL,
    remote_id         text             NOT NULL,
    payload           jsonb            NOT NULL,
    content_hash      bytea            NOT NULL,
    changed_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL,
    remote_deleted_at timestamptz      NULL,
    pass              bigint           NOT NULL,
    parent_models     text[]           NULL,
    parent_ids        text[]           NULL,
    parent_changes    smallint[]       NULL,
    PRIMARY KEY (integration_id, model, id)
) WITH (fillfactor = 90);

-- The keyset read: one scope, ordered by (updated_at, id), resumed after a cursor. The scope leads as one
-- expression, 'integration/model' (unambiguous: a model has no '/'), and reads name it that way. With
-- integration_id and model as plain leading columns, the planner, holding no statistics yet for a new
-- integration or model, estimates its scope at one row and looks records up by id through this index,
-- scanning the whole scope per lookup, rather than through the primary key. As an expression it serves
-- keyset reads only, and lookups by id always take the primary key.
CREATE INDEX IF NOT EXISTS ix_kombo_record_keyset ON kombo_record ((integration_id || '/' || model), updated_at, id);

CREATE TABLE IF NOT EXISTS kombo_checkpoint
(
    integration_id text COLLATE "C" NOT NULL,
    model          text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    value          text             NOT NULL,
    updated_at     timestamptz      NOT NULL,
    PRIMARY KEY (integration_id, model)
);

-- Case-insensitive payload filters fold both sides with this. ICU's lower() knows all of Unicode
-- (as .NET's invariant casing does); without ICU, the database's own lower() is the best on offer.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
        EXECUTE $fn$
            CREATE OR REPLACE FUNCTION kombo_record_fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $body$ SELECT lower(value COLLATE "und-x-icu") $body$
        $fn$;
    ELSE
        EXECUTE $fn$
            CREATE OR REPLACE FUNCTION kombo_record_fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $body$ SELECT lower(value) $body$
        $fn$;
    END IF;
END
$do$;

-- Timestamp payload filters read ISO 8601 strings with this: anything else (a name, "now", a 31st of
-- February) is NULL rather than an error, so one odd value never fails a whole query. A value
-- without an offset is UTC, as the unified model reads it.
CREATE OR REPLACE FUNCTION kombo_record_instant(value text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET "TimeZone" = 'UTC'
AS $fn$
BEGIN
    IF value !~ '^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}(:?\d{2})?)?)?$' THEN
        RETURN NULL;
    END IF;
    RETURN value::timestamptz;
EXCEPTION
    WHEN datetime_field_overflow OR invalid_datetime_format OR invalid_time_zone_displacement_value THEN
        RETURN NULL;
END
$fn$;
