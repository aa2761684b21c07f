namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using Kombo.Orleans.SmartRecruiters.Client;

/// <summary>Every endpoint a sync reads, through the typed client, against the simulator.</summary>
public sealed class TypedClientTests
{
    [Fact]
    public async Task The_typed_client_reads_every_sync_endpoint_of_a_simulated_account()
    {
        await using var account = await SimulatedAccount.StartAsync(o => { o.RateLimits.Enabled = false; o.Candidates = 80; });
        var client = new SmartRecruitersClient(account.Http(account.ApiKeyConnection()));
        var ct = TestContext.Current.CancellationToken;

        var users = await CollectAsync(client.UsersAsync(null, ct, pageSize: 3));
        var roles = await client.SystemRolesAsync(ct);
        var jobs = await CollectAsync(client.JobsAsync(null, ct, pageSize: 2));
        var candidates = await CollectAsync(client.CandidatesAsync(null, ct, pageSize: 25));
        var processes = await client.HiringProcessesAsync(ct);
        var rejections = await client.RejectionReasonsAsync(ct);
        var withdrawals = await client.WithdrawalReasonsAsync(ct);
        var departments = await client.DepartmentsAsync(ct);

        Assert.Equal(account.Simulator.Accounts.Accounts[0].Users.Count, users.Count);
        Assert.Contains(roles.Records, r => r.Id == "ADMINISTRATOR");
        Assert.Equal(account.Simulator.Accounts.Accounts[0].Jobs.Count, jobs.Count);
        Assert.Equal(await CandidateWalk.ListedCountAsync(account.Simulator), candidates.Count);
        Assert.Contains(processes.Records, p => p.Active == false);
        Assert.NotEmpty(rejections.Records);
        Assert.NotEmpty(withdrawals.Records);
        Assert.NotEmpty(departments.Records);

        var job = await client.JobAsync(jobs[0].Id!, ct);
        Assert.Equal(jobs[0].Id, job.Id);
        Assert.NotEmpty((await client.JobStatusHistoryAsync(job.Id!, ct)).Records);
        Assert.NotEmpty((await client.HiringTeamAsync(job.Id!, ct)).Records);
        Assert.Contains((await client.JobAdsAsync(job.Id!, ct)).Records, ad => ad.Default == true);

        var candidate = await client.CandidateAsync(candidates[0].Id!, ct);
        var jobId = candidate.PrimaryAssignment!.Job!.Id!;
        var application = await client.ApplicationAsync(candidate.Id!, jobId, ct);
        Assert.Equal(jobId, application.JobId);
        Assert.NotEmpty((await client.ApplicationStatusHistoryAsync(candidate.Id!, jobId, ct)).Records);
        _ = await client.ScreeningAnswersAsync(candidate.Id!, jobId, ct);
        _ = await client.OffersAsync(candidate.Id!, jobId, ct);
        _ = await client.InterviewsAsync(application.ApplicationId!, ct);

        var postings = await CollectAsync(client.PostingsAsync(account.AccountId, ct, pageSize: 5));
        Assert.NotEmpty(postings);
        var configuration = await client.PostingConfigurationAsync(postings[0].Uuid!, ct);
        Assert.NotNull(configuration.Questions);
    }

    [Fact]
    public async Task Deltas_and_the_audit_feed_return_only_what_changed_after_the_cut_off()
    {
        await using var account = await SimulatedAccount.StartAsync(o => o.RateLimits.Enabled = false);
        var client = new SmartRecruitersClient(account.Http(account.ApiKeyConnection()));
        var ct = TestContext.Current.CancellationToken;
        var cutOff = DateTimeOffset.UtcNow.AddSeconds(-1);
        var candidates = await CollectAsync(client.CandidatesAsync(null, ct));
        var target = await client.CandidateAsync(candidates[3].Id!, ct);

        using (var http = account.Simulator.CreateClient())
        {
            using var patch = await http.PatchAsync($"/candidates/{target.Id}",
                new StringContent("""{"phoneNumber":"+48 123"}""", System.Text.Encoding.UTF8, "application/json"), ct);
            patch.EnsureSuccessStatusCode();
            using var status = await http.PutAsync($"/candidates/{target.Id}/jobs/{target.PrimaryAssignment!.Job!.Id}/status",
                new StringContent("""{"status":"NEW"}""", System.Text.Encoding.UTF8, "application/json"), ct);
            status.EnsureSuccessStatusCode();
        }

        var changed = await CollectAsync(client.CandidatesAsync(cutOff, ct));
        var audit = await CollectAsync(client.AuditEventsAsync(cutOff, ["JOB_APPLICATION_STATE_MODIFIED"], ct));

        Assert.Equal([target.Id], changed.Select(c => c.Id));
        Assert.Single(audit);
        Assert.Equal("JOB_APPLICATION_STATE_MODIFIED", audit[0].EventName);
    }

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<Paging.RecordPage<T>> pages)
    {
        var all = new List<T>();
        await foreach (var page in pages)
        {
            Assert.Empty(page.Skipped);
            all.AddRange(page.Records);
        }

        return all;
    }
}
