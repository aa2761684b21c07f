namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using System.Text.Json;
using System.Text.Json.Serialization;
using global::SmartRecruiters.Simulator.Hosting;
using global::SmartRecruiters.Simulator.Options;
using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// One in-process simulator for a DTO test class, and the calls those tests make. Every response is
/// read twice: strictly (no field the simulator sends may be left unmapped, so the DTOs describe the
/// whole response) and then with <see cref="SmartRecruitersJson.Options"/>, the connector's lenient settings.
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Strict = new(SmartRecruitersJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public InProcessSimulator Simulator { get; private set; } = null!;

    /// <summary>Sends the first account's API key (an administrator credential with every scope).</summary>
    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Simulator = await InProcessSimulator.StartAsync(
            new SimulatorOptions { Candidates = 200, Seed = 3, RateLimits = { Enabled = false } },
            cancellationToken: TestContext.Current.CancellationToken);
        Http = Simulator.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }

    public static T Read<T>(string json)
    {
        JsonSerializer.Deserialize<T>(json, Strict);
        return JsonSerializer.Deserialize<T>(json, SmartRecruitersJson.Options) ?? throw new InvalidOperationException("The body was JSON null.");
    }

    public async Task<T> GetAsync<T>(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return Read<T>(body);
    }

    /// <summary>Reads an error response, asserting its status.</summary>
    public async Task<T> GetErrorAsync<T>(string path, System.Net.HttpStatusCode expected, HttpClient? client = null)
    {
        using var response = await (client ?? Http).GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"GET {path} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        return Read<T>(body);
    }

    /// <summary>Every candidate of <c>GET /candidates</c> matching <paramref name="query"/>, page by page.</summary>
    public async IAsyncEnumerable<CandidateListItemDto> CandidatesAsync(string query = "")
    {
        string? pageId = null;
        do
        {
            var path = "/candidates?limit=100" + query + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId));
            var page = await GetAsync<PageDto<CandidateListItemDto>>(path);
            foreach (var candidate in page.Content ?? [])
            {
                yield return candidate;
            }

            pageId = page.NextPageId;
        }
        while (!string.IsNullOrEmpty(pageId));
    }

    /// <summary>
    /// The first candidate (from the list, then its details) with an assignment in <paramref name="status"/>
    /// that satisfies <paramref name="accept"/>.
    /// </summary>
    public async Task<(CandidateDetailsDto Candidate, AssignmentDto Assignment)> FindAssignmentAsync(
        string status, Func<CandidateDetailsDto, AssignmentDto, Task<bool>>? accept = null)
    {
        await foreach (var listed in CandidatesAsync("&status=" + status))
        {
            var details = await GetAsync<CandidateDetailsDto>($"/candidates/{listed.Id}");
            foreach (var assignment in AssignmentsOf(details).Where(a => a.Status == status))
            {
                if (accept is null || await accept(details, assignment))
                {
                    return (details, assignment);
                }
            }
        }

        throw new InvalidOperationException($"No candidate has a suitable {status} assignment.");
    }

    public static IEnumerable<AssignmentDto> AssignmentsOf(CandidateDetailsDto candidate) =>
        (candidate.PrimaryAssignment is { } primary ? [primary] : Array.Empty<AssignmentDto>()).Concat(candidate.SecondaryAssignments ?? []);
}
