namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using Kombo.Orleans.SmartRecruiters.Budget;

public sealed class BudgetTests
{
    [Fact]
    public async Task Sixteen_concurrent_callers_of_one_credential_never_cause_a_429()
    {
        await using var account = await SimulatedAccount.StartAsync();
        var budgets = new RequestBudgets();
        var connection = account.ApiKeyConnection();
        var budget = budgets.For(connection.Credentials.BudgetKey);
        var (candidateIds, _) = await CandidateWalk.RunAsync(account.Http(connection, budget), limit: 50);

        // 16 callers, each with its own executor but the credential's one budget, fetch details.
        var executors = Enumerable.Range(0, 16).Select(_ => account.Http(connection, budgets.For(connection.Credentials.BudgetKey))).ToList();
        await Task.WhenAll(executors.Select(async (http, caller) =>
        {
            foreach (var id in candidateIds.Where((_, i) => i % 16 == caller))
            {
                using var details = await http.GetJsonAsync("GET /candidates/{id}", $"/candidates/{id}", RateClass.Normal, TestContext.Current.CancellationToken);
                Assert.Equal(id, details.RootElement.GetProperty("id").GetString());
            }
        }));

        // The simulator counts a request just after answering it: wait until it has counted them all.
        var sent = executors.Sum(e => e.RequestsSent);
        Assert.Equal(candidateIds.Count, sent);
        await Eventually.TrueAsync(() => account.Traffic.Source.Endpoints.GetValueOrDefault("GET /candidates/{id}")?.Requests == sent);
        Assert.Equal(0, account.Traffic.RateLimited);
    }

    [Fact]
    public async Task Concurrent_candidate_searches_of_one_credential_queue_instead_of_colliding()
    {
        await using var account = await SimulatedAccount.StartAsync(o => o.Latency.FixedMilliseconds = 100);
        var connection = account.ApiKeyConnection();
        var budget = new RequestBudgets().For(connection.Credentials.BudgetKey);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CandidateWalk.RunAsync(account.Http(connection, budget), limit: 30)));

        Assert.Equal(0, account.Traffic.RateLimited);
    }

    [Fact]
    public async Task A_429_pauses_every_caller_of_the_credential_until_retry_after()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var budget = new LocalRequestBudget(time: time);
        budget.Throttled(TimeSpan.FromSeconds(2));

        var jobs = budget.AcquireAsync("GET /jobs", RateClass.Normal, TestContext.Current.CancellationToken).AsTask();
        var users = budget.AcquireAsync("GET /user-api/v201804/users", RateClass.Normal, TestContext.Current.CancellationToken).AsTask();
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(jobs.IsCompleted);
        Assert.False(users.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(100));
        await (await jobs).DisposeAsync();
        await (await users).DisposeAsync();
    }
}
