using System.Security.Cryptography;

namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>Random identifiers in the base58 alphabet (no 0, O, I or l), as Kombo's ids are spelled.</summary>
public static class Base58
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Random(int length) => new(RandomNumberGenerator.GetItems<char>(Alphabet, length));

    public static bool IsDigit(char c) => Alphabet.Contains(c, StringComparison.Ordinal);
}
