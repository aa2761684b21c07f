using System.Globalization;

namespace Kombo.Orleans.Benchmarks;

/// <summary><c>--name value</c> pairs with typed lookups and defaults; a <c>--name</c> followed by another option or nothing is a flag.</summary>
public sealed class BenchmarkArgs(IReadOnlyDictionary<string, string> values)
{
    public static BenchmarkArgs Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[name] = args[++i];
            }
            else
            {
                values[name] = "true";
            }
        }

        return new BenchmarkArgs(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => values.TryGetValue(name, out var v) && bool.Parse(v);
}
