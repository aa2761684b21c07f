namespace Kombo.Orleans.Tests.Queries;

using System.Net.Http.Json;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Abstractions.Sync;

/// <summary>Reads after the account changed: deletions, updated_after. Its own engine, since these tests change the account.</summary>
public sealed class AtsQueryChangeTests(SyncedEngine fixture) : IClassFixture<SyncedEngine>
{
    private const string Id = SyncedEngine.IntegrationId;

    [Fact]
    public async Task Include_deleted_shows_a_deleted_candidate_with_its_deletion_time_and_the_default_hides_it()
    {
        var candidate = (await fixture.ListAllAsync(AtsEndpoint.Candidates))[0];
        await SimulatorAsync(HttpMethod.Delete, $"candidates/{candidate.Str("remote_id")}");
        await SyncAsync(SyncKind.Full);

        var live = await fixture.ListAllAsync(AtsEndpoint.Candidates);
        var withDeleted = await fixture.ListAllAsync(new AtsListQuery(Id, AtsEndpoint.Candidates, PageSize: 250, IncludeDeleted: true));

        Assert.DoesNotContain(live, c => c.Str("id") == candidate.Str("id"));
        var deleted = Assert.Single(withDeleted, c => c.Str("id") == candidate.Str("id"));
        Assert.NotNull(deleted.Str("remote_deleted_at"));
        Assert.Empty(KomboSdkShapes.Problems(AtsEndpoint.Candidates, deleted));
    }

    [Fact]
    public async Task Updated_after_returns_a_changed_candidate_and_not_the_unchanged_ones()
    {
        var before = await fixture.ListAllAsync(AtsEndpoint.Candidates);
        var since = DateTimeOffset.UtcNow;
        var candidate = before[^1];
        await SimulatorAsync(HttpMethod.Patch, $"candidates/{candidate.Str("remote_id")}", new { firstName = "Changedname" });
        await SyncAsync(SyncKind.Delta);

        var changed = await fixture.ListAllAsync(new AtsListQuery(Id, AtsEndpoint.Candidates, PageSize: 250, UpdatedAfter: since));

        var result = Assert.Single(changed, c => c.Str("id") == candidate.Str("id"));
        Assert.Equal("Changedname", result.Str("first_name"));
        Assert.True(changed.Count < before.Count);
    }

    [Fact]
    public async Task Updated_after_returns_an_application_after_a_new_interview_which_it_then_embeds()
    {
        var applications = await fixture.ListAllAsync(AtsEndpoint.Applications);
        var since = DateTimeOffset.UtcNow;
        var application = applications.First(a => a.Obj("candidate") is not null && a.Obj("job") is not null);
        var path = $"candidates/{application.Obj("candidate")!.Value.Str("remote_id")}/jobs/{application.Obj("job")!.Value.Str("remote_id")}/interviews";
        await SimulatorAsync(HttpMethod.Post, path, new { title = "Query side interview" });

        // A new interview leaves the candidate's update time alone in SmartRecruiters, so a full pass finds it.
        await SyncAsync(SyncKind.Full);

        var changed = await fixture.ListAllAsync(new AtsListQuery(Id, AtsEndpoint.Applications, PageSize: 250, UpdatedAfter: since));

        var result = Assert.Single(changed, a => a.Str("id") == application.Str("id"));
        Assert.Contains(result.Items("interviews"), i => i.Str("title") == "Query side interview");
        Assert.True(changed.Count < applications.Count);
    }

    [Fact]
    public async Task A_deleted_interview_is_canceled_in_the_interviews_and_its_application()
    {
        var interviews = await fixture.ListAllAsync(AtsEndpoint.Interviews);
        var interview = interviews.First(i => i.Obj("application")?.Obj("candidate") is not null);
        Assert.False(interview.GetProperty("canceled").GetBoolean());
        var application = interview.Obj("application")!.Value;
        var remoteInterview = await RemoteInterviewIdAsync(interview);
        await SimulatorAsync(HttpMethod.Delete, $"candidates/{application.Obj("candidate")!.Value.Str("remote_id")}/jobs/{application.Obj("job")!.Value.Str("remote_id")}/interviews/{remoteInterview}");
        await SyncAsync(SyncKind.Full);

        var all = await fixture.ListAllAsync(new AtsListQuery(Id, AtsEndpoint.Interviews, PageSize: 250, IncludeDeleted: true));
        var deleted = Assert.Single(all, i => i.Str("id") == interview.Str("id"));
        Assert.NotNull(deleted.Str("remote_deleted_at"));
        Assert.True(deleted.GetProperty("canceled").GetBoolean());
        Assert.DoesNotContain(await fixture.ListAllAsync(AtsEndpoint.Interviews), i => i.Str("id") == interview.Str("id"));
        var embedded = JsonSerializer.Deserialize<JsonElement>((await fixture.Client.GetAsync(Id, AtsEndpoint.Applications, application.Str("id")!))!);
        Assert.True(embedded.Items("interviews").Single(i => i.Str("id") == interview.Str("id")).GetProperty("canceled").GetBoolean());
    }

    /// <summary>The SmartRecruiters interview a timeslot (a unified interview) belongs to, from its raw data.</summary>
    private async Task<string> RemoteInterviewIdAsync(JsonElement interview)
    {
        var record = (await fixture.Engine.RecordsAsync(Id, Kombo.Orleans.SmartRecruiters.Mapping.UnifiedModels.Interview)).Single(r => r.Id == interview.Str("id"));
        var remoteData = record.Payload().GetProperty("remote_data");
        foreach (var property in remoteData.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.Str("id") is { } id)
            {
                return id;
            }
        }

        throw new InvalidOperationException($"No interview id in {remoteData}.");
    }

    private async Task SyncAsync(SyncKind kind)
    {
        var summary = await fixture.Engine.SyncAsync(fixture.Engine.Integration(Id), kind);
        Assert.Equal(SyncState.Succeeded, summary.State);
    }

    private async Task SimulatorAsync(HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = fixture.Engine.Simulator.BaseAddress };
        using var request = new HttpRequestMessage(method, $"/_sim/accounts/{fixture.Engine.AccountId}/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
