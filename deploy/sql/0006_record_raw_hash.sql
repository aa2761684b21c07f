-- Kombo.Orleans schema, migration 0006: a second hash per record (docs/record-store.md).
--
-- content_hash now covers a record's unified projection only: its payload without the top-level
-- remote_data (the raw SmartRecruiters JSON). It alone decides whether a record changed, so a change
-- that shows only in remote_data (a tag renamed only in case, say) no longer moves changed_at.
-- payload_hash covers the whole stored payload, remote_data included: when only it differs, the store
-- rewrites the payload (a refresh) so remote_data does not go stale, and changed_at stays.
--
-- Rows written before this migration have payload_hash NULL, and their content_hash still covers
-- remote_data, so it cannot be compared with a new one. For such a row the store compares the payloads
-- themselves without remote_data (as jsonb) instead, and its first commit rewrites both hashes: the
-- record is refreshed once, or updated if its projection really changed.
-- Adding a nullable column without a default only changes the catalogue: no table rewrite.

ALTER TABLE kombo_record ADD COLUMN IF NOT EXISTS payload_hash bytea NULL;
