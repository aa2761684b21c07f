namespace Kombo.Orleans.Storage.Schema;

/// <summary>What one run of the migrator did.</summary>
public sealed record MigrationResult(IReadOnlyList<SchemaMigration> Applied, int CurrentVersion)
{
    public bool ChangedAnything => Applied.Count > 0;
}
