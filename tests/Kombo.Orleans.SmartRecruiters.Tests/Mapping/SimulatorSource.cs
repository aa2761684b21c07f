namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An in-process simulator (100 candidates, seed 5, no rate limits) and typed reads of its responses with the
/// connector's <see cref="SmartRecruitersJson.Options"/>, for the end-to-end mapper tests.
/// </summary>
internal sealed class SimulatorSource : IAsyncDisposable
{
    private readonly global::SmartRecruiters.Simulator.Hosting.InProcessSimulator _simulator;
    private readonly HttpClient _http;

    private SimulatorSource(global::SmartRecruiters.Simulator.Hosting.InProcessSimulator simulator)
    {
        _simulator = simulator;
        _http = simulator.CreateClient();
    }

    /// <summary>The company identifier of the Posting API.</summary>
    public string Company => _simulator.Accounts.Accounts[0].Identifier;

    public static async Task<SimulatorSource> StartAsync()
    {
        var simulator = await global::SmartRecruiters.Simulator.Hosting.InProcessSimulator.StartAsync(
            new global::SmartRecruiters.Simulator.Options.SimulatorOptions { Candidates = 100, Seed = 5, RateLimits = { Enabled = false } },
            cancellationToken: TestContext.Current.CancellationToken);
        return new SimulatorSource(simulator);
    }

    public async Task<T> GetAsync<T>(string path)
    {
        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, SmartRecruitersJson.Options) ?? throw new InvalidOperationException($"GET {path} answered JSON null.");
    }

    /// <summary>Every entry of a cursor-paged list (<c>nextPageId</c> sent back as <c>pageId</c>).</summary>
    public async Task<List<T>> AllPagesAsync<T>(string path)
    {
        var all = new List<T>();
        string? pageId = null;
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var page = await GetAsync<PageDto<T>>(path + (pageId is null ? "" : $"{separator}pageId={Uri.EscapeDataString(pageId)}"));
            all.AddRange(page.Content ?? []);
            pageId = page.NextPageId;
        }
        while (!string.IsNullOrEmpty(pageId));

        return all;
    }

    /// <summary>
    /// Every application (candidate, job, status, subStatus) of every listed candidate, with the status history of
    /// those whose status is an outcome (to resolve their current stage).
    /// </summary>
    public async Task<List<(string CandidateId, string JobId, string? Status, string? SubStatus, IReadOnlyList<ApplicationStatusChangeDto> History)>> ApplicationsAsync()
    {
        var result = new List<(string, string, string?, string?, IReadOnlyList<ApplicationStatusChangeDto>)>();
        foreach (var listed in await AllPagesAsync<CandidateListItemDto>("/candidates?limit=100"))
        {
            var candidate = await GetAsync<CandidateDetailsDto>($"/candidates/{listed.Id}");
            var assignments = (candidate.PrimaryAssignment is { } primary ? [primary] : Array.Empty<AssignmentDto>())
                .Concat(candidate.SecondaryAssignments ?? []);
            foreach (var assignment in assignments)
            {
                var jobId = assignment.Job?.Id ?? assignment.Id!;
                IReadOnlyList<ApplicationStatusChangeDto> history = assignment.Status is "REJECTED" or "WITHDRAWN" or "TRANSFERRED"
                    ? (await GetAsync<ContentListDto<ApplicationStatusChangeDto>>($"/candidates/{candidate.Id}/jobs/{jobId}/status/history")).Content ?? []
                    : [];
                result.Add((candidate.Id!, jobId, assignment.Status, assignment.SubStatus, history));
            }
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }
}
