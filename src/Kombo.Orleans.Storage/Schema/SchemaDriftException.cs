namespace Kombo.Orleans.Storage.Schema;

/// <summary>An applied migration's script no longer matches what was applied: someone edited history.</summary>
public sealed class SchemaDriftException(SchemaMigration migration, string appliedChecksum)
    : Exception($"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied " +
                $"(applied checksum {appliedChecksum}, shipped checksum {migration.Checksum}). " +
                "Add a new migration instead of editing an applied one.")
{
    public SchemaMigration Migration { get; } = migration;
}
