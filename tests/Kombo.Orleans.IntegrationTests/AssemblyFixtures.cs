using Kombo.Orleans.Testing.Postgres;

// One PostgreSQL server for the whole assembly; each test class gets its own database on it.
[assembly: AssemblyFixture(typeof(PostgresServer))]
