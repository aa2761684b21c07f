using Kombo.Orleans.Storage.Schema;

namespace Kombo.Orleans.Tests.Schema;

public sealed class SchemaMigrationsTests
{
    [Fact]
    public void Embedded_migrations_are_numbered_from_one_without_gaps()
    {
        var versions = SchemaMigrations.Embedded.Select(m => m.Version).ToArray();

        Assert.NotEmpty(versions);
        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
    }

    [Fact]
    public void Every_embedded_migration_is_written_to_be_reapplied_safely()
    {
        foreach (var migration in SchemaMigrations.Embedded)
        {
            Assert.DoesNotMatch(@"(?i)CREATE\s+(TABLE|INDEX)\s+(?!IF NOT EXISTS)", migration.Sql);
            if (migration.Sql.Contains("INSERT INTO OrleansQuery", StringComparison.Ordinal))
            {
                Assert.Contains("ON CONFLICT (QueryKey) DO UPDATE", migration.Sql, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Checksum_ignores_line_endings_but_not_content()
    {
        var unix = new SchemaMigration(1, "x", "SELECT 1;\nSELECT 2;");
        var windows = unix with { Sql = "SELECT 1;\r\nSELECT 2;" };
        var edited = unix with { Sql = "SELECT 1;\nSELECT 3;" };

        Assert.Equal(unix.Checksum, windows.Checksum);
        Assert.NotEqual(unix.Checksum, edited.Checksum);
    }
}
