using System.Security.Cryptography;
using System.Text;

namespace Kombo.Orleans.Grains.Budget;

/// <summary>
/// Budget grain keys: the API host and the credential's non-secret identity, hashed to a short key with a
/// non-hex character (Orleans' storage and reminder keys), so one credential used against one API shares one budget.
/// </summary>
public static class ApiBudgetKeys
{
    public static string For(Uri baseUrl, string budgetKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{baseUrl.GetLeftPart(UriPartial.Authority).ToLowerInvariant()}|{budgetKey}"));
        return "budget:" + Convert.ToHexStringLower(hash)[..32];
    }
}
