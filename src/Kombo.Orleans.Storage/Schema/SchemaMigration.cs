using System.Security.Cryptography;
using System.Text;

namespace Kombo.Orleans.Storage.Schema;

/// <summary>One numbered, idempotent SQL script of the Kombo.Orleans schema.</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script, recorded when applied so later edits to an applied script are caught.</summary>
    /// <remarks>Computed on each read, so a copy made with <c>with { Sql = … }</c> gets its own checksum.</remarks>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
