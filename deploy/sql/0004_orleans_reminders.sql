-- Kombo.Orleans schema, migration 0004: durable reminders for Orleans' ADO.NET reminder provider.
--
-- One row per (service, grain, reminder name). grain_hash is the grain's uniform hash as a signed
-- 32-bit integer: each silo reads the reminders of its slice of the hash ring, a range (begin, end]
-- that may wrap around, hence the two range statements. grain_id is the full "type/key" string;
-- it is wider than Orleans' own scripts allow so integration keys have room. The version is the
-- ETag that deletes must present.

CREATE TABLE IF NOT EXISTS orleans_reminder
(
    service_id    varchar(150)   NOT NULL,
    grain_id      varchar(512)   NOT NULL,
    reminder_name varchar(150)   NOT NULL,
    start_time    timestamptz(3) NOT NULL,
    period_ms     bigint         NOT NULL,
    grain_hash    integer        NOT NULL,
    version       integer        NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS ix_orleans_reminder_hash ON orleans_reminder (service_id, grain_hash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', $sql$
INSERT INTO orleans_reminder (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = EXCLUDED.start_time,
    period_ms  = EXCLUDED.period_ms,
    grain_hash = EXCLUDED.grain_hash,
    version    = orleans_reminder.version + 1
RETURNING version AS "Version"
$sql$),

('ReadReminderRowKey', $sql$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$sql$),

('ReadReminderRowsKey', $sql$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND grain_id = @GrainId
$sql$),

-- A range that does not wrap: (begin, end].
('ReadRangeRows1Key', $sql$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$sql$),

-- A range that wraps past the top of the ring: (begin, max] and [min, end].
('ReadRangeRows2Key', $sql$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$sql$),

('DeleteReminderRowKey', $sql$
WITH deleted AS (
    DELETE FROM orleans_reminder
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT count(*)::int AS "Deleted" FROM deleted
$sql$),

('DeleteReminderRowsKey', $sql$
DELETE FROM orleans_reminder WHERE service_id = @ServiceId
$sql$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
