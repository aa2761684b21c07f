-- Kombo.Orleans schema, migration 0003: grain state for Orleans' ADO.NET persistence provider.
--
-- Orleans identifies a state by service, state name ("GrainTypeString"), and a key split into two
-- integers (GUID or integer keys) plus a string (string keys, or key extensions). It also sends
-- 32-bit hashes of the key and of the state name; they lead the primary key so lookups stay on
-- small integers. A missing string key is stored as '' so the key can be a plain primary key.
-- The version is the ETag: every write must present the version it read (none for a new row) and
-- gets the next one back; a stale writer gets nothing back, which Orleans reports as
-- InconsistentStateException. Only small state belongs here: synced records live in their own tables.

CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    grain_id_hash      integer        NOT NULL,
    grain_type_hash    integer        NOT NULL,
    service_id         varchar(150)   NOT NULL,
    grain_type         varchar(512)   NOT NULL,
    grain_id_n0        bigint         NOT NULL,
    grain_id_n1        bigint         NOT NULL,
    grain_id_extension varchar(512)   NOT NULL DEFAULT '',
    payload            bytea          NULL,
    version            integer        NOT NULL,
    modified_at        timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $sql$
SELECT payload AS "PayloadBinary", version AS "Version"
FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension = coalesce(CAST(@GrainIdExtensionString AS varchar), '')
$sql$),

('WriteToStorageKey', $sql$
WITH updated AS (
    UPDATE orleans_grain_state
    SET payload = @PayloadBinary, version = version + 1, modified_at = now()
    WHERE CAST(@GrainStateVersion AS integer) IS NOT NULL
      AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension = coalesce(CAST(@GrainIdExtensionString AS varchar), '')
      AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version
), inserted AS (
    INSERT INTO orleans_grain_state
        (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
    SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
           coalesce(CAST(@GrainIdExtensionString AS varchar), ''), @PayloadBinary, 1
    WHERE CAST(@GrainStateVersion AS integer) IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted
$sql$),

-- Clearing keeps the row (and so the version history) but drops the payload.
('ClearStorageKey', $sql$
UPDATE orleans_grain_state
SET payload = NULL, version = version + 1, modified_at = now()
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension = coalesce(CAST(@GrainIdExtensionString AS varchar), '')
  AND version = CAST(@GrainStateVersion AS integer)
RETURNING version
$sql$),

-- Used instead of ClearStorageKey when DeleteStateOnClear is set; answers the version a clear
-- would have produced so that Orleans' version check passes.
('DeleteStorageKey', $sql$
DELETE FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension = coalesce(CAST(@GrainIdExtensionString AS varchar), '')
  AND version = CAST(@GrainStateVersion AS integer)
RETURNING version + 1
$sql$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
