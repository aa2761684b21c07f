namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using System.Net;
using System.Text;
using Kombo.Orleans.SmartRecruiters.Auth;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;

public sealed class FailureTests
{
    [Fact]
    public async Task A_server_that_keeps_failing_ends_in_a_public_error_after_the_retries()
    {
        await using var account = await SimulatedAccount.StartAsync(o => o.Faults.ServerErrorRate = 1.0);
        var http = account.Http(account.ApiKeyConnection(c => c with { MaxRetries = 3 }));

        var error = await Assert.ThrowsAsync<SmartRecruitersException>(() =>
            http.GetJsonAsync("GET /jobs", "/jobs?sort=job_id", RateClass.Normal, TestContext.Current.CancellationToken));

        Assert.Equal("UNAVAILABLE", error.Code);
        Assert.Equal(4, http.RequestsSent);
    }

    [Fact]
    public async Task A_cursor_that_comes_back_is_an_error_not_an_endless_walk()
    {
        // No SmartRecruiters (nor our simulator) repeats a cursor on purpose: a stub server does.
        var connection = new SmartRecruitersConnection(new Uri("http://smartrecruiters.test"), SmartRecruitersCredentials.FromApiKey("key"));
        using var stub = new HttpClient(new RepeatingCursorHandler());
        var http = new SmartRecruitersHttp(stub, connection, new ApiKeyAuthenticator("key"), new LocalRequestBudget());

        var pages = 0;
        await Assert.ThrowsAsync<SmartRecruitersCursorLoopException>(async () =>
        {
            await foreach (var _ in http.CursorPagesAsync<System.Text.Json.JsonElement>("GET /candidates",
                               cursor => "/candidates" + (cursor is null ? "" : "?pageId=" + cursor), RateClass.Normal, TestContext.Current.CancellationToken))
            {
                pages++;
            }
        });
        Assert.Equal(1, pages); // the second page names the cursor that led to it: refused before it is handed out
    }

    /// <summary>Answers every page with the same next cursor, as a broken server might.</summary>
    private sealed class RepeatingCursorHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"limit":1,"offset":0,"nextPageId":"same","totalFound":9,"content":[{"id":"a"}]}""", Encoding.UTF8, "application/json"),
            });
    }
}
