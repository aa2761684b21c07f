namespace Kombo.Orleans.Tests.Queries;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.SmartRecruiters.Mapping;

[Collection(SyncedEngineCollection.Name)]
public sealed class AtsQueryShapeTests(SyncedEngine fixture)
{
    public static TheoryData<AtsEndpoint> Endpoints => new(AtsEndpoints.All);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_result_has_every_key_of_kombos_sdk_shape_with_its_json_type(AtsEndpoint endpoint)
    {
        var results = await fixture.ListAllAsync(endpoint);

        Assert.NotEmpty(results);
        var problems = results.SelectMany(r => KomboSdkShapes.Problems(endpoint, r)).Take(20).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_live_record_of_the_endpoints_model_is_served_once(AtsEndpoint endpoint)
    {
        var results = await fixture.ListAllAsync(endpoint);
        var scope = endpoint switch
        {
            AtsEndpoint.Jobs => UnifiedModels.Job,
            AtsEndpoint.Candidates => UnifiedModels.Candidate,
            AtsEndpoint.Applications => UnifiedModels.Application,
            AtsEndpoint.Users => UnifiedModels.User,
            AtsEndpoint.Roles => UnifiedModels.Role,
            AtsEndpoint.Tags => UnifiedModels.Tag,
            AtsEndpoint.ApplicationStages => UnifiedModels.ApplicationStage,
            AtsEndpoint.Interviews => UnifiedModels.Interview,
            AtsEndpoint.Offers => UnifiedModels.Offer,
            _ => UnifiedModels.RejectionReason,
        };
        var stored = await fixture.Engine.RecordsAsync(SyncedEngine.IntegrationId, scope);

        Assert.Equal(stored.Select(r => r.Id).Order(StringComparer.Ordinal), results.Select(r => r.Str("id")!).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Equal(stored.Single(s => s.Id == r.Str("id")).ChangedAt, DateTimeOffset.Parse(r.Str("changed_at")!, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public async Task A_jobs_stages_are_its_pipeline_in_index_order_with_its_postings_and_its_hiring_team_by_user()
    {
        var jobs = await fixture.ListAllAsync(AtsEndpoint.Jobs);
        var pipeline = (await Records(UnifiedModels.JobApplicationStage)).ToLookup(l => l.Str("job_id"));
        var stages = (await Records(UnifiedModels.ApplicationStage)).ToDictionary(s => s.Str("id")!);
        var postings = (await Records(UnifiedModels.JobPosting)).ToLookup(p => p.Str("job_id"));
        var members = (await Records(UnifiedModels.JobHiringTeamMember)).ToLookup(m => m.Str("job_id"));
        var users = (await Records(UnifiedModels.User)).ToDictionary(u => u.Str("id")!);

        Assert.Contains(jobs, j => j.Items("stages").Any());
        Assert.Contains(jobs, j => j.Items("hiring_team").Any());
        foreach (var job in jobs)
        {
            var id = job.Str("id");
            var expected = pipeline[id].OrderBy(l => l.GetProperty("index").GetInt32()).ToList();
            Assert.Equal(expected.Select(l => l.Str("stage_id")), job.Items("stages").Select(s => s.Str("id")));
            Assert.Equal(expected.Select(l => l.GetProperty("index").GetInt32()), job.Items("stages").Select(s => s.GetProperty("index").GetInt32()));
            Assert.Equal(expected.Select(l => stages[l.Str("stage_id")!].Str("name")), job.Items("stages").Select(s => s.Str("name")));
            Assert.Equal(postings[id].Select(p => p.Str("id")).Order(), job.Items("job_postings").Select(p => p.Str("id")).Order());
            Assert.Equal(members[id].Select(m => m.Str("user_id")).Order(), job.Items("hiring_team").Select(m => m.Str("id")).Order());
            Assert.All(job.Items("hiring_team"), m =>
            {
                Assert.Equal(users[m.Str("id")!].Str("first_name"), m.Str("first_name"));
                Assert.Equal(users[m.Str("id")!].Str("last_name"), m.Str("last_name"));
            });
        }
    }

    [Fact]
    public async Task A_candidates_applications_and_tags_are_the_ones_linked_to_it()
    {
        var candidates = await fixture.ListAllAsync(AtsEndpoint.Candidates);
        var applications = (await Records(UnifiedModels.Application)).ToLookup(a => a.Str("candidate_id"));
        var jobs = (await Records(UnifiedModels.Job)).ToDictionary(j => j.Str("id")!);
        var tagLinks = (await Records(UnifiedModels.CandidateTag)).ToLookup(t => t.Str("candidate_id"));

        Assert.Contains(candidates, c => c.Items("tags").Any());
        foreach (var candidate in candidates)
        {
            var id = candidate.Str("id");
            Assert.Equal(applications[id].Select(a => a.Str("id")).Order(), candidate.Items("applications").Select(a => a.Str("id")).Order());
            Assert.All(candidate.Items("applications"), a =>
            {
                var stored = applications[id].Single(s => s.Str("id") == a.Str("id"));
                Assert.Equal(stored.Str("job_id"), a.Obj("job")?.Str("id"));
                Assert.Equal(jobs[stored.Str("job_id")!].Str("name"), a.Obj("job")?.Str("name"));
                Assert.Equal(stored.Str("current_stage_id"), a.Obj("current_stage")?.Str("id"));
            });
            Assert.Equal(tagLinks[id].Select(t => t.Str("tag_id")).Order(), candidate.Items("tags").Select(t => t.Str("id")).Order());
        }
    }

    [Fact]
    public async Task An_applications_candidate_job_interviews_and_offers_are_the_ones_linked_to_it()
    {
        var applications = await fixture.ListAllAsync(AtsEndpoint.Applications);
        var interviews = (await Records(UnifiedModels.Interview)).ToLookup(i => i.Str("application_id"));
        var offers = (await Records(UnifiedModels.Offer)).ToLookup(o => o.Str("application_id"));

        Assert.Contains(applications, a => a.Items("interviews").Any());
        Assert.Contains(applications, a => a.Items("offers").Any());
        foreach (var application in applications)
        {
            var id = application.Str("id");
            Assert.Equal(application.Str("candidate_id"), application.Obj("candidate")?.Str("id"));
            Assert.Equal(application.Str("job_id"), application.Obj("job")?.Str("id"));
            Assert.Equal(application.Str("current_stage_id"), application.Obj("current_stage")?.Str("id"));
            Assert.Equal(interviews[id].Select(i => i.Str("id")).Order(), application.Items("interviews").Select(i => i.Str("id")).Order());
            Assert.Equal(offers[id].Select(o => o.Str("id")).Order(), application.Items("offers").Select(o => o.Str("id")).Order());
        }
    }

    [Fact]
    public async Task Interviews_offers_and_users_embed_their_interviewers_application_and_system_roles()
    {
        var interviews = await fixture.ListAllAsync(AtsEndpoint.Interviews);
        var team = (await Records(UnifiedModels.InterviewingTeamMember)).ToLookup(m => m.Str("interview_id"));
        var applications = (await Records(UnifiedModels.Application)).ToDictionary(a => a.Str("id")!);
        Assert.Contains(interviews, i => i.Items("users").Any());
        foreach (var interview in interviews)
        {
            Assert.Equal(team[interview.Str("id")].Select(m => m.Str("user_id")).Distinct().Order(), interview.Items("users").Select(u => u.Str("id")).Order());
            var application = applications[interview.Str("application_id")!];
            Assert.Equal(application.Str("id"), interview.Obj("application")?.Str("id"));
            Assert.Equal(application.Str("candidate_id"), interview.Obj("application")?.Obj("candidate")?.Str("id"));
            Assert.Equal(application.Str("job_id"), interview.Obj("application")?.Obj("job")?.Str("id"));
        }

        foreach (var offer in await fixture.ListAllAsync(AtsEndpoint.Offers))
        {
            var application = applications[offer.Str("application_id")!];
            Assert.Equal(application.Str("candidate_id"), offer.Obj("application")?.Obj("candidate")?.Str("id"));
            Assert.Equal(application.Str("job_id"), offer.Obj("application")?.Obj("job")?.Str("id"));
        }

        var userRoles = (await Records(UnifiedModels.UserRole)).ToLookup(l => l.Str("user_id"));
        var roles = (await Records(UnifiedModels.Role)).ToDictionary(r => r.Str("id")!);
        var users = await fixture.ListAllAsync(AtsEndpoint.Users);
        Assert.Contains(users, u => u.Items("system_roles").Any());
        foreach (var user in users)
        {
            Assert.Equal(
                userRoles[user.Str("id")].Select(l => roles[l.Str("role_id")!].Str("remote_id")).Order(),
                user.Items("system_roles").Select(r => r.Str("remote_id")).Order());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(250)]
    public async Task Cursors_walk_every_record_exactly_once(int pageSize)
    {
        var all = await fixture.ListAllAsync(AtsEndpoint.Candidates);
        var paged = await fixture.ListAllAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Candidates, PageSize: pageSize));

        Assert.True(all.Count > 7);
        Assert.Equal(paged.Count, paged.Select(r => r.Str("id")).Distinct().Count());
        Assert.Equal(all.Select(r => r.Str("id")).Order(), paged.Select(r => r.Str("id")).Order());
    }

    [Fact]
    public async Task A_cursor_of_another_integration_or_endpoint_or_a_forged_one_is_rejected()
    {
        var first = await fixture.Client.ListAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Candidates, PageSize: 2));
        Assert.NotNull(first.Next);

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.ListAsync(new AtsListQuery("smartrecruiters:someone-else", AtsEndpoint.Candidates, first.Next, 2)));
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.ListAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Applications, first.Next, 2)));
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.ListAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Candidates, first.Next[..^2] + "AA", 2)));
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.ListAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Candidates, "not a cursor", 2)));
        var second = await fixture.Client.ListAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Candidates, first.Next, 2));
        Assert.Equal(2, second.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(251)]
    public async Task A_page_size_outside_1_to_250_is_rejected(int pageSize)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.ListAsync(new AtsListQuery(SyncedEngine.IntegrationId, AtsEndpoint.Jobs, PageSize: pageSize)));
        Assert.Contains("page_size", error.Message);
    }

    [Theory]
    [InlineData(AtsEndpoint.Jobs, "no_such_filter", "x")]
    [InlineData(AtsEndpoint.Tags, "statuses", "OPEN")]
    [InlineData(AtsEndpoint.Jobs, "statuses", "open")]
    [InlineData(AtsEndpoint.Applications, "outcomes", "REJECTED")]
    [InlineData(AtsEndpoint.Roles, "scopes", "GLOBAL")]
    [InlineData(AtsEndpoint.Jobs, "remote_created_after", "yesterday")]
    public async Task An_unknown_filter_or_value_is_rejected_naming_the_parameter(AtsEndpoint endpoint, string filter, string value)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.ListAsync(
            new AtsListQuery(SyncedEngine.IntegrationId, endpoint, Filters: new() { [filter] = [value] })));
        Assert.Contains(filter, error.Message);
    }

    [Fact]
    public async Task Get_returns_one_record_in_the_endpoints_shape_and_null_for_an_unknown_id()
    {
        var application = (await fixture.ListAllAsync(AtsEndpoint.Applications))[0];

        var json = await fixture.Client.GetAsync(SyncedEngine.IntegrationId, AtsEndpoint.Applications, application.Str("id")!);

        Assert.NotNull(json);
        var one = JsonSerializer.Deserialize<JsonElement>(json);
        Assert.Empty(KomboSdkShapes.Problems(AtsEndpoint.Applications, one));
        Assert.Equal(application.GetRawText(), one.GetRawText());
        Assert.Null(await fixture.Client.GetAsync(SyncedEngine.IntegrationId, AtsEndpoint.Applications, "no-such-id"));
    }

    private async Task<IReadOnlyList<JsonElement>> Records(string scope) =>
        (await fixture.Engine.RecordsAsync(SyncedEngine.IntegrationId, scope)).Select(r => r.Payload()).ToList();
}
