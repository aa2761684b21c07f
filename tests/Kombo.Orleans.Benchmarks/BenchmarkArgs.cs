using System.Globalization;

namespace Kombo.Orleans.Benchmarks;

/// <summary><c>--name value</c> pairs with typed lookups and defaults.</summary>
public sealed class BenchmarkArgs(IReadOnlyDictionary<string, string> values)
{
    public static BenchmarkArgs Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new BenchmarkArgs(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
