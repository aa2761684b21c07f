-- Kombo.Orleans schema, migration 0001: the statement catalogue of Orleans' ADO.NET providers.
--
-- At start-up each provider runs `SELECT QueryKey, QueryText FROM OrleansQuery` and from then on
-- executes only the statements it finds there, binding parameters by name and reading results by
-- column name. That table name and its two columns are therefore fixed by Orleans; everything the
-- statements touch (tables, columns, indexes) is Kombo.Orleans' own design. Migrations 0002-0004
-- register the statements, and every file here is idempotent, so re-applying one is harmless.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);
