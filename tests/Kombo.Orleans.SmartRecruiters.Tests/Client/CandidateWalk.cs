namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;

/// <summary>Walks <c>GET /candidates</c> to the end with the low-level executor, collecting ids and skipped records.</summary>
public static class CandidateWalk
{
    public static async Task<(List<string> Ids, List<SkippedRecord> Skipped)> RunAsync(SmartRecruitersHttp http, int limit = 20)
    {
        var ids = new List<string>();
        var skipped = new List<SkippedRecord>();
        await foreach (var page in http.CursorPagesAsync<JsonElement>("GET /candidates",
                           cursor => $"/candidates?limit={limit}" + (cursor is null ? "" : "&pageId=" + Uri.EscapeDataString(cursor)),
                           RateClass.CandidateSearch, TestContext.Current.CancellationToken,
                           validate: Validate))
        {
            ids.AddRange(page.Records.Select(r => r.GetProperty("id").GetString()!));
            skipped.AddRange(page.Skipped);
        }

        return (ids, skipped);
    }

    /// <summary>What a typed reader would refuse: a missing id, or a field of the wrong JSON type.</summary>
    private static string? Validate(JsonElement candidate)
    {
        foreach (var field in new[] { "id", "firstName", "updatedOn" })
        {
            if (!candidate.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return $"'{field}' is missing or not a string";
            }
        }

        return null;
    }

    public static async Task<int> ListedCountAsync(global::SmartRecruiters.Simulator.Hosting.InProcessSimulator simulator)
    {
        using var http = simulator.CreateClient();
        var page = JsonDocument.Parse(await http.GetStringAsync("/candidates?limit=1", TestContext.Current.CancellationToken));
        return page.RootElement.GetProperty("totalFound").GetInt32();
    }
}
