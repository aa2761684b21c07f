namespace SmartRecruiters.Simulator.Tests.Endpoints;

using System.Net;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Every read endpoint answers with SmartRecruiters' envelope and the fields the spec requires.</summary>
public sealed class EndpointShapeTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Candidate_list_entries_carry_the_required_fields_and_list_level_assignments()
    {
        var page = await Sim.GetJsonAsync("/candidates?limit=20");

        foreach (var candidate in page["content"]!.AsArray().Select(c => c!.AsObject()))
        {
            AssertHas(candidate, "id", "internal", "firstName", "lastName", "createdOn", "actions");
            AssertHas(candidate["actions"]!.AsObject(), "details", "properties");
            AssertHas(candidate["primaryAssignment"]!.AsObject(), "job", "status");
            AssertHas(candidate["primaryAssignment"]!["job"]!.AsObject(), "id", "title", "actions");
            Assert.All(candidate["secondaryAssignments"]!.AsArray(), s => Assert.Equal(["actions", "id"], s!["job"]!.AsObject().Select(p => p.Key).Order()));
            AssertTimestamp(candidate["createdOn"]);
        }
    }

    [Fact]
    public async Task Candidate_details_application_history_answers_offers_and_tags_have_their_shapes()
    {
        var (candidateId, jobId) = await FindCandidateWithAsync(a => a["status"]!.GetValue<string>() is "HIRED" or "OFFERED");
        var details = await Sim.GetJsonAsync($"/candidates/{candidateId}");
        var application = await Sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}");
        var history = await Sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history");
        var answers = await Sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/screening-answers");
        var offers = await Sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/offers");
        var tags = await Sim.GetJsonAsync($"/candidates/{candidateId}/tags");

        AssertHas(details.AsObject(), "id", "firstName", "lastName", "createdOn", "updatedOn", "education", "experience", "primaryAssignment", "secondaryAssignments", "actions");
        AssertHas(details["primaryAssignment"]!.AsObject(), "id", "job", "status", "source", "actions");
        AssertHas(application.AsObject(), "applicationId", "candidateId", "jobId", "status", "source", "url");
        Assert.Equal(jobId, application["jobId"]!.GetValue<string>());
        AssertHas(history.AsObject(), "totalFound", "content");
        Assert.Equal(history["totalFound"]!.GetValue<int>(), history["content"]!.AsArray().Count);
        Assert.Equal(application["status"]!.GetValue<string>(), history["content"]!.AsArray()[^1]!["status"]!.GetValue<string>());
        AssertHas(answers.AsObject(), "totalFound", "content");
        Assert.All(answers["content"]!.AsArray(), a => AssertHas(a!.AsObject(), "id", "type", "category", "name", "label", "records"));
        AssertHas(offers.AsObject(), "totalFound", "content");
        var offer = offers["content"]!.AsArray()[0]!.AsObject();
        AssertHas(offer, "id", "status", "createdOn", "updatedOn", "actions");
        AssertHas(offer["actions"]!.AsObject(), "candidate", "job", "details");
        Assert.IsType<JsonArray>(tags["tags"]);
        Assert.Equal(offer["id"]!.GetValue<string>(),
            (await Sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/offers/{offer["id"]}"))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interviews_of_an_application_list_timeslots_with_interviewers()
    {
        var (candidateId, jobId) = await FindCandidateWithAsync(a => a["status"]!.GetValue<string>() is "HIRED" or "OFFERED" or "INTERVIEW");
        var applicationId = (await Sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}"))["applicationId"]!.GetValue<string>();

        var interviews = await Sim.GetJsonAsync($"/interviews-api/v201904/interviews?applicationId={applicationId}");

        var interview = interviews["content"]!.AsArray()[0]!.AsObject();
        AssertHas(interview, "id", "candidate", "jobId", "organizerId", "timezone", "timeslots", "createdOn");
        Assert.Equal(candidateId, interview["candidate"]!["id"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{24}$", interview["organizerId"]!.GetValue<string>());
        var slot = interview["timeslots"]!.AsArray()[0]!.AsObject();
        AssertHas(slot, "id", "interviewType", "startsOn", "endsOn", "interviewers", "candidateStatus");
        Assert.NotEmpty(slot["interviewers"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await Sim.Http.GetAsync("/interviews-api/v201904/interviews", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Sim.Http.GetAsync($"/interviews-api/v201904/interviews?applicationId={Guid.NewGuid()}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Job_details_history_hiring_team_and_ads_have_their_shapes()
    {
        var jobId = (await Sim.GetJsonAsync("/jobs?sort=job_id&limit=1"))["content"]![0]!["id"]!.GetValue<string>();
        var job = await Sim.GetJsonAsync($"/jobs/{jobId}");
        var history = await Sim.GetJsonAsync($"/jobs/{jobId}/status/history");
        var team = await Sim.GetJsonAsync($"/jobs/{jobId}/hiring-team");
        var ads = await Sim.GetJsonAsync($"/jobs/{jobId}/jobads");

        AssertHas(job.AsObject(), "id", "title", "createdOn", "updatedOn", "status", "postingStatus", "jobAd", "properties", "actions", "typeOfEmployment");
        AssertHas(job["jobAd"]!["sections"]!.AsObject(), "companyDescription", "jobDescription", "qualifications", "additionalInformation");
        Assert.IsType<string>(job["location"]!["latitude"]!.GetValue<string>());
        AssertHas(history.AsObject(), "totalFound", "content");
        Assert.Equal("CREATED", history["content"]![0]!["status"]!.GetValue<string>());
        Assert.All(team["content"]!.AsArray(), m => AssertHas(m!.AsObject(), "id", "role", "actions"));
        Assert.IsType<JsonArray>(ads);
        Assert.Contains(ads.AsArray(), ad => ad!["default"]!.GetValue<bool>());
        Assert.All(ads.AsArray(), ad => AssertHas(ad!.AsObject(), "id", "title", "language", "jobAd", "createdOn", "updatedOn", "postingStatus", "default", "actions", "creator", "visibility"));
        Assert.Null((await Sim.GetJsonAsync("/jobs?sort=job_id&limit=1"))["content"]![0]!["location"]!["latitude"]);
    }

    [Fact]
    public async Task Configuration_lists_use_the_totalFound_envelope_and_system_roles_the_content_envelope()
    {
        foreach (var path in new[] { "/configuration/hiring-processes", "/configuration/rejection-reasons", "/configuration/withdrawal-reasons", "/configuration/departments" })
        {
            var list = await Sim.GetJsonAsync(path);
            Assert.Equal(list["totalFound"]!.GetValue<int>(), list["content"]!.AsArray().Count);
            Assert.NotEmpty(list["content"]!.AsArray());
        }

        var processes = await Sim.GetJsonAsync("/configuration/hiring-processes");
        AssertHas(processes["content"]![0]!["subStatuses"]!.AsObject(), "IN_REVIEW", "INTERVIEW", "OFFERED");
        var roles = await Sim.GetJsonAsync("/user-api/v201804/system-roles");
        Assert.Null(roles["totalFound"]);
        Assert.Contains(roles["content"]!.AsArray(), r => r!["id"]!.GetValue<string>() == "ADMINISTRATOR");
    }

    [Fact]
    public async Task Public_postings_need_no_credentials_and_posting_configuration_lists_questions()
    {
        var company = Sim.AccountId;
        var list = await Sim.GetJsonAsync($"/v1/companies/{company}/postings", Sim.Anonymous);
        var posting = list["content"]![0]!.AsObject();
        AssertHas(posting, "id", "uuid", "name", "jobAdId", "company", "releasedDate", "location", "visibility");
        var details = await Sim.GetJsonAsync($"/v1/companies/{company}/postings/{posting["id"]}", Sim.Anonymous);
        AssertHas(details.AsObject(), "jobId", "applyUrl", "jobAd");

        var configuration = await Sim.GetJsonAsync($"/postings/{posting["uuid"]}/configuration");

        AssertHas(configuration.AsObject(), "questions", "settings");
        Assert.All(configuration["questions"]!.AsArray(), q => AssertHas(q!.AsObject(), "id", "label", "repeatable", "fields"));
        Assert.Equal(HttpStatusCode.NotFound, (await Sim.Anonymous.GetAsync("/v1/companies/no-such-company/postings", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Sim.Anonymous.GetAsync($"/postings/{posting["uuid"]}/configuration", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Offer_search_pages_by_offset_and_filters_by_status()
    {
        var all = await Sim.GetJsonAsync("/offers?limit=100");
        var accepted = await Sim.GetJsonAsync("/offers?limit=100&status=ACCEPTED");

        Assert.True(all["totalFound"]!.GetValue<int>() > 0);
        Assert.All(accepted["content"]!.AsArray(), o => Assert.Equal("ACCEPTED", o!["status"]!.GetValue<string>()));
        var second = await Sim.GetJsonAsync("/offers?limit=1&offset=1");
        Assert.Equal(all["content"]![1]!["id"]!.GetValue<string>(), second["content"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_ids_are_404_with_an_error_code()
    {
        foreach (var path in new[] { $"/candidates/{Guid.NewGuid()}", $"/jobs/{Guid.NewGuid()}", "/user-api/v201804/users/000000000000000000000000", $"/candidates/{Guid.NewGuid()}/jobs/{Guid.NewGuid()}", "/nothing/here" })
        {
            using var response = await Sim.Http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var error = await Simulator.JsonAsync(response);
            Assert.False(string.IsNullOrEmpty(error["errors"]![0]!["code"]!.GetValue<string>()), path);
        }
    }

    private async Task<(string CandidateId, string JobId)> FindCandidateWithAsync(Func<JsonNode, bool> applicationMatches)
    {
        var page = await Sim.GetJsonAsync("/candidates?limit=100");
        foreach (var candidate in page["content"]!.AsArray())
        {
            var details = await Sim.GetJsonAsync($"/candidates/{candidate!["id"]}");
            var assignments = new[] { details["primaryAssignment"] }.Concat(details["secondaryAssignments"]!.AsArray()).Where(a => a is not null);
            foreach (var assignment in assignments)
            {
                if (applicationMatches(assignment!))
                {
                    return (candidate["id"]!.GetValue<string>(), assignment!["job"]!["id"]!.GetValue<string>());
                }
            }
        }

        throw new InvalidOperationException("No generated candidate matched.");
    }

    private static void AssertHas(JsonObject obj, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(obj.ContainsKey(name), $"missing '{name}' in {obj.ToJsonString()[..Math.Min(300, obj.ToJsonString().Length)]}");
        }
    }

    private static void AssertTimestamp(JsonNode? value) =>
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", value!.GetValue<string>());
}
