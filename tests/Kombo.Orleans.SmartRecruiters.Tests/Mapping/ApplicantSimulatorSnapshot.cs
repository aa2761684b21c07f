namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// Everything the candidate, tag, application, interview and offer mappers read, fetched once from an in-process
/// simulator (100 candidates, seed 5, no rate limits) and deserialized with <see cref="SmartRecruitersJson.Options"/>,
/// as the connector will: every listed candidate's details and, per assignment, the application, its status history,
/// screening answers, interviews and offers, plus the screening-question definitions of each job's public posting.
/// </summary>
public sealed class ApplicantSimulatorSnapshot : IAsyncLifetime
{
    private global::SmartRecruiters.Simulator.Hosting.InProcessSimulator _simulator = null!;
    private HttpClient _http = null!;

    /// <summary>What <c>GET /candidates</c> says it holds.</summary>
    public int TotalFound { get; private set; }

    public List<CandidateListItemDto> Listed { get; } = [];

    public List<CandidateDetailsDto> Candidates { get; } = [];

    /// <summary>The raw body of each candidate's details, by candidate id.</summary>
    public Dictionary<string, string> CandidateBodies { get; } = new(StringComparer.Ordinal);

    public List<ApplicationData> Applications { get; } = [];

    /// <summary>The question definitions of the jobs with a public posting, by job id.</summary>
    public Dictionary<string, IReadOnlyList<ScreeningQuestionDto>> Questions { get; } = new(StringComparer.Ordinal);

    public sealed record ApplicationData(
        AssignmentDto Assignment,
        ApplicationDto Application,
        IReadOnlyList<ApplicationStatusChangeDto> History,
        IReadOnlyList<ScreeningAnswerDto> Answers,
        IReadOnlyList<InterviewDto> Interviews,
        IReadOnlyList<OfferDto> Offers);

    public async ValueTask InitializeAsync()
    {
        _simulator = await global::SmartRecruiters.Simulator.Hosting.InProcessSimulator.StartAsync(
            new global::SmartRecruiters.Simulator.Options.SimulatorOptions { Candidates = 100, Seed = 5, RateLimits = { Enabled = false } },
            cancellationToken: TestContext.Current.CancellationToken);
        _http = _simulator.CreateClient();

        await LoadQuestionsAsync();

        string? pageId = null;
        do
        {
            var page = await GetAsync<PageDto<CandidateListItemDto>>("/candidates?limit=100" + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId)));
            TotalFound = page.TotalFound ?? 0;
            Listed.AddRange(page.Content ?? []);
            pageId = page.NextPageId;
        }
        while (!string.IsNullOrEmpty(pageId));

        foreach (var listed in Listed)
        {
            var body = await GetStringAsync($"/candidates/{listed.Id}");
            var candidate = JsonSerializer.Deserialize<CandidateDetailsDto>(body, SmartRecruitersJson.Options)!;
            Candidates.Add(candidate);
            CandidateBodies[candidate.Id!] = body;
            var assignments = (candidate.PrimaryAssignment is { } primary ? [primary] : Array.Empty<AssignmentDto>()).Concat(candidate.SecondaryAssignments ?? []);
            foreach (var assignment in assignments)
            {
                var path = $"/candidates/{candidate.Id}/jobs/{assignment.Job?.Id ?? assignment.Id}";
                var application = await GetAsync<ApplicationDto>(path);
                var history = await GetAsync<ContentListDto<ApplicationStatusChangeDto>>(path + "/status/history");
                var answers = await GetAsync<ContentListDto<ScreeningAnswerDto>>(path + "/screening-answers");
                var interviews = await GetAsync<ContentListDto<InterviewDto>>($"/interviews-api/v201904/interviews?applicationId={application.ApplicationId}");
                var offers = await GetAsync<PageDto<OfferDto>>(path + "/offers");
                Applications.Add(new ApplicationData(assignment, application, history.Content ?? [], answers.Content ?? [], interviews.Content ?? [], offers.Content ?? []));
            }
        }
    }

    /// <summary>Each job's default public posting's Apply-API configuration.</summary>
    private async Task LoadQuestionsAsync()
    {
        var company = _simulator.Accounts.Accounts[0].Identifier;
        var postings = new List<PostingDto>();
        int total;
        do
        {
            var page = await GetAsync<PageDto<PostingDto>>($"/v1/companies/{company}/postings?limit=100&offset={postings.Count}");
            postings.AddRange(page.Content ?? []);
            total = page.TotalFound ?? 0;
            if (page.Content is not { Count: > 0 })
            {
                break;
            }
        }
        while (postings.Count < total);

        var byJob = new Dictionary<string, PostingDto>(StringComparer.Ordinal);
        foreach (var summary in postings)
        {
            var posting = await GetAsync<PostingDto>($"/v1/companies/{company}/postings/{summary.Id}");
            if (posting.JobId is { } jobId && (!byJob.ContainsKey(jobId) || posting.DefaultJobAd == true))
            {
                byJob[jobId] = posting;
            }
        }

        foreach (var (jobId, posting) in byJob)
        {
            Questions[jobId] = (await GetAsync<ApplyConfigurationDto>($"/postings/{posting.Uuid}/configuration")).Questions ?? [];
        }
    }

    private async Task<string> GetStringAsync(string path)
    {
        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    private async Task<T> GetAsync<T>(string path) =>
        JsonSerializer.Deserialize<T>(await GetStringAsync(path), SmartRecruitersJson.Options) ?? throw new InvalidOperationException($"GET {path} answered JSON null.");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }
}
