namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// Equality of invariant lower-cased text: what PostgreSQL's <c>lower(a) = lower(b)</c> decides, which is not
/// always what <see cref="StringComparer.OrdinalIgnoreCase"/> (upper-casing) decides.
/// </summary>
internal sealed class LowerInvariantComparer : IEqualityComparer<string>
{
    public static LowerInvariantComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(x.ToLowerInvariant(), y.ToLowerInvariant(), StringComparison.Ordinal));

    public int GetHashCode(string value) => StringComparer.Ordinal.GetHashCode(value.ToLowerInvariant());
}
