-- Kombo.Orleans schema, migration 0002: cluster membership for Orleans' ADO.NET clustering provider.
--
-- One version row per cluster (Orleans' "DeploymentId", our ClusterId) and one row per silo
-- incarnation. Every change to the membership set must move the cluster's version by exactly one,
-- and only when the caller still holds the version it read (optimistic concurrency): the insert
-- and update statements below lock the version row, change the silo row, then bump the version,
-- all in one statement, so a conflicting writer changes nothing.

CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id varchar(150)   NOT NULL PRIMARY KEY,
    version       integer        NOT NULL DEFAULT 0,
    changed_at    timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id   varchar(150)   NOT NULL REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE,
    address         varchar(45)    NOT NULL,
    port            integer        NOT NULL,
    generation      integer        NOT NULL,
    silo_name       varchar(150)   NOT NULL,
    host_name       varchar(150)   NOT NULL,
    status          integer        NOT NULL,
    proxy_port      integer        NOT NULL DEFAULT 0,
    suspect_times   text           NULL,
    start_time      timestamptz(3) NOT NULL,
    i_am_alive_time timestamptz(3) NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $sql$
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*)::int AS "Created" FROM created
$sql$),

('InsertMembershipKey', $sql$
WITH expected_version AS (
    SELECT deployment_id
    FROM orleans_membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), inserted AS (
    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM expected_version
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
    RETURNING deployment_id
), bumped AS (
    UPDATE orleans_membership_version v
    SET version = v.version + 1, changed_at = now()
    FROM inserted i
    WHERE v.deployment_id = i.deployment_id
    RETURNING 1
)
SELECT count(*)::int AS "Inserted" FROM bumped
$sql$),

('UpdateMembershipKey', $sql$
WITH expected_version AS (
    SELECT deployment_id
    FROM orleans_membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), updated AS (
    UPDATE orleans_membership m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM expected_version e
    WHERE m.deployment_id = e.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING m.deployment_id
), bumped AS (
    UPDATE orleans_membership_version v
    SET version = v.version + 1, changed_at = now()
    FROM updated u
    WHERE v.deployment_id = u.deployment_id
    RETURNING 1
)
SELECT count(*)::int AS "Updated" FROM bumped
$sql$),

('UpdateIAmAlivetimeKey', $sql$
UPDATE orleans_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
$sql$),

('MembershipReadRowKey', $sql$
SELECT v.deployment_id   AS "DeploymentId",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime",
       v.version         AS "Version"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$sql$),

('MembershipReadAllKey', $sql$
SELECT v.deployment_id   AS "DeploymentId",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime",
       v.version         AS "Version"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$sql$),

('GatewaysQueryKey', $sql$
SELECT address    AS "Address",
       proxy_port AS "ProxyPort",
       generation AS "Generation"
FROM orleans_membership
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$sql$),

-- Removing the version row removes the cluster's silo rows through the foreign key.
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId
$sql$),

-- Status 3 is Active: a live silo's row is never cleaned up, however old its heartbeat.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3
$sql$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
