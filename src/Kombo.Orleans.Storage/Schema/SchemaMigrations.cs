using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Kombo.Orleans.Storage.Schema;

/// <summary>
/// The migrations shipped in this assembly: the scripts of <c>deploy/sql</c>, embedded at build time,
/// named <c>NNNN_description.sql</c> and applied in ascending order.
/// </summary>
public static partial class SchemaMigrations
{
    private const string ResourcePrefix = "Kombo.Orleans.Storage.Migrations.";

    private static readonly Lazy<IReadOnlyList<SchemaMigration>> All = new(Load);

    public static IReadOnlyList<SchemaMigration> Embedded => All.Value;

    private static IReadOnlyList<SchemaMigration> Load()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resource[ResourcePrefix.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{fileName}' is not named NNNN_description.sql.");
            }

            migrations.Add(new SchemaMigration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                ReadResource(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share version {migrations[i].Version}.");
            }
        }

        return migrations;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
