namespace SmartRecruiters.Simulator.Tests.Control;

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Control-API calls and SmartRecruiters reads that the control tests share.</summary>
public static class ControlCalls
{
    public static string Account(Simulator sim) => $"/_sim/accounts/{sim.AccountId}";

    /// <summary>A timestamp as a query value.</summary>
    public static string Query(DateTimeOffset value) =>
        Uri.EscapeDataString(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    public static DateTimeOffset Now(Simulator sim) => sim.Time?.GetUtcNow() ?? DateTimeOffset.UtcNow;

    public static async Task<string> FirstJobIdAsync(Simulator sim) =>
        (await sim.GetJsonAsync("/jobs?limit=1"))["content"]![0]!["id"]!.GetValue<string>();

    /// <summary>Creates a candidate with a NEW application on <paramref name="jobId"/> through the control API.</summary>
    public static async Task<(string CandidateId, string ApplicationId)> CreateCandidateAsync(
        Simulator sim, string jobId, string lastName = "Controlled", string[]? tags = null)
    {
        using var response = await sim.ControlAsync(HttpMethod.Post, $"{Account(sim)}/candidates", new
        {
            jobId,
            firstName = "Ada",
            lastName,
            email = $"ada.{lastName.ToLowerInvariant()}@control.example.org",
            tags = tags ?? [],
        });
        var json = await Simulator.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create answered {(int)response.StatusCode}: {json}");
        return (json["id"]!.GetValue<string>(), json["applicationId"]!.GetValue<string>());
    }

    public static async Task<string> FirstRejectionReasonIdAsync(Simulator sim) =>
        (await sim.GetJsonAsync("/configuration/rejection-reasons"))["content"]![0]!["id"]!.GetValue<string>();

    /// <summary>Rejects the application through the control API with the account's first rejection reason.</summary>
    public static async Task RejectAsync(Simulator sim, string candidateId, string jobId)
    {
        var reason = await FirstRejectionReasonIdAsync(sim);
        using var response = await ChangeStatusAsync(sim, candidateId, jobId, new { status = "REJECTED", reason });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent,
            $"status change answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    public static Task<HttpResponseMessage> ChangeStatusAsync(Simulator sim, string candidateId, string jobId, object body) =>
        sim.ControlAsync(HttpMethod.Put, $"{Account(sim)}/candidates/{candidateId}/jobs/{jobId}/status", body);

    public static async Task<JsonArray> AuditEventsAsync(Simulator sim, string eventName) =>
        (await sim.GetJsonAsync($"/audit-api/v201910/audit-events?limit=100&eventName={eventName}"))["content"]!.AsArray();

    /// <summary>Every candidate <c>GET /candidates</c> lists for <paramref name="query"/> (e.g. <c>tag=java</c>), page after page.</summary>
    public static async Task<List<JsonNode>> ListAllCandidatesAsync(Simulator sim, string query = "")
    {
        var all = new List<JsonNode>();
        var pageId = "";
        do
        {
            var page = await sim.GetJsonAsync($"/candidates?limit=100{(query.Length > 0 ? "&" + query : "")}{(pageId.Length > 0 ? "&pageId=" + Uri.EscapeDataString(pageId) : "")}");
            all.AddRange(page["content"]!.AsArray().Select(c => c!));
            pageId = page["nextPageId"]?.GetValue<string>() ?? "";
        }
        while (pageId.Length > 0);

        return all;
    }

    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response) =>
        (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>();
}
