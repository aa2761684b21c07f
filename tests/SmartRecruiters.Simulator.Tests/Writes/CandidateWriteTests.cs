namespace SmartRecruiters.Simulator.Tests.Writes;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidateWriteTests : IAsyncLifetime
{
    private Simulator _sim = null!;

    public async ValueTask InitializeAsync() => _sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

    public async ValueTask DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Creating_a_candidate_on_a_job_answers_201_with_details_and_a_NEW_application()
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();

        using var response = await PostJsonAsync($"/jobs/{jobId}/candidates", new
        {
            firstName = "Jane", lastName = "Smith", email = "jane.smith@example.org", phoneNumber = "+1 555 0100",
            web = new { linkedin = "https://www.linkedin.com/in/janesmith" }, tags = new[] { "sourced" },
            sourceDetails = new { sourceTypeId = "JOB_BOARDS", sourceSubTypeId = "PAID", sourceId = "indeed" },
        });
        var created = await Simulator.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(jobId, created["primaryAssignment"]!["job"]!["id"]!.GetValue<string>());
        Assert.Equal("NEW", created["primaryAssignment"]!["status"]!.GetValue<string>());
        Assert.Equal("Indeed", created["primaryAssignment"]!["source"]!.GetValue<string>());
        var application = await _sim.GetJsonAsync($"/candidates/{created["id"]}/jobs/{jobId}");
        Assert.Equal("NEW", application["status"]!.GetValue<string>());
        Assert.Single((await _sim.GetJsonAsync($"/candidates/{created["id"]}/jobs/{jobId}/status/history"))["content"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"lastName":"Smith","email":"a@example.org"}""", 400, "INVALID_REQUEST_BODY")]
    [InlineData("""{"firstName":"A","lastName":"Smith","email":"not-an-email"}""", 400, "INVALID_REQUEST_BODY")]
    [InlineData("""{"firstName":"A","lastName":"Smith","email":"a@example.org","sourceDetails":{"sourceTypeId":"NOPE","sourceId":"x"}}""", 404, "SOURCE_TYPE_NOT_FOUND")]
    [InlineData("""{"firstName":"A","lastName":"Smith","email":"a@example.org","sourceDetails":{"sourceTypeId":"JOB_BOARDS","sourceId":"indeed"}}""", 400, "SUBTYPE_REQUIRED")]
    [InlineData("""{"firstName":"A","lastName":"Smith","email":"a@example.org","sourceDetails":{"sourceTypeId":"API","sourceId":"nope"}}""", 400, "INVALID_SOURCE_ID")]
    [InlineData("""{"firstName":"A",""", 400, "INVALID_REQUEST_BODY")]
    [InlineData("""[1,2]""", 400, "INVALID_REQUEST_BODY")]
    [InlineData("""{"firstName":7,"lastName":"Smith","email":"a@example.org"}""", 400, "INVALID_REQUEST_BODY")]
    public async Task Invalid_candidate_input_is_refused_with_its_documented_code(string body, int status, string code)
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();

        using var response = await _sim.Http.PostAsync($"/jobs/{jobId}/candidates", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patching_personal_details_updates_them_and_a_colliding_identity_is_409()
    {
        var (candidateId, jobId) = await _sim.FirstCandidateAsync();
        using var other = await PostJsonAsync($"/jobs/{jobId}/candidates", new { firstName = "Ola", lastName = "Nowak", email = "ola@example.org" });

        using var patched = await SendJsonAsync(HttpMethod.Patch, $"/candidates/{candidateId}", new { firstName = "Renamed", phoneNumber = "+48 111" });
        var details = await Simulator.JsonAsync(patched);
        using var conflict = await SendJsonAsync(HttpMethod.Patch, $"/candidates/{candidateId}", new { lastName = "Nowak", email = "ola@example.org" });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Renamed", details["firstName"]!.GetValue<string>());
        Assert.Equal("+48 111", details["phoneNumber"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("CANDIDATE_DATA_CONFLICT", (await Simulator.JsonAsync(conflict))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_changes_follow_the_sub_status_and_reason_rules()
    {
        var (candidateId, jobId) = await _sim.FirstCandidateAsync();
        var processes = await _sim.GetJsonAsync("/configuration/hiring-processes");
        var active = processes["content"]!.AsArray().First(p => p!["active"]!.GetValue<bool>())!;
        var interviewStep = active["subStatuses"]!["INTERVIEW"]![0]!.GetValue<string>();
        var inactive = processes["content"]!.AsArray().First(p => !p!["active"]!.GetValue<bool>())!["subStatuses"]!["INTERVIEW"]![0]!.GetValue<string>();
        var reason = (await _sim.GetJsonAsync("/configuration/rejection-reasons"))["content"]![0]!;
        var path = $"/candidates/{candidateId}/jobs/{jobId}/status";

        await AssertStatusErrorAsync(path, new { status = "INTERVIEW" }, "REQUIRED_SUB_STATUS_OMITTED");
        await AssertStatusErrorAsync(path, new { status = "INTERVIEW", subStatus = inactive }, "SUB_STATUS_NOT_FOUND");
        await AssertStatusErrorAsync(path, new { status = "NEW", reason = reason["id"]!.GetValue<string>() }, "NO_REASON_SUPPORT_FOR_STATUS");
        await AssertStatusErrorAsync(path, new { status = "REJECTED", reason = "no-such-reason" }, "REASON_NOT_FOUND");
        await AssertStatusErrorAsync(path, new { status = "PROMOTED" }, "INVALID_STATUS");

        using (var moved = await SendJsonAsync(HttpMethod.Put, path, new { status = "INTERVIEW", subStatus = interviewStep }))
        {
            Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        }

        using (var rejected = await SendJsonAsync(HttpMethod.Put, path, new { status = "REJECTED", reason = reason["id"]!.GetValue<string>() }))
        {
            Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        }

        var application = await _sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}");
        var history = (await _sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history"))["content"]!.AsArray();
        Assert.Equal("REJECTED", application["status"]!.GetValue<string>());
        Assert.Equal(reason["label"]!.GetValue<string>(), application["reasonOfRejection"]!["label"]!.GetValue<string>());
        Assert.Equal(["INTERVIEW", "REJECTED"], history.TakeLast(2).Select(h => h!["status"]!.GetValue<string>()));
        Assert.Equal(interviewStep, history[^2]!["subStatus"]!.GetValue<string>());

        using var notAssigned = await SendJsonAsync(HttpMethod.Put, $"/candidates/{candidateId}/jobs/{Guid.NewGuid()}/status", new { status = "NEW" });
        Assert.Equal(HttpStatusCode.NotFound, notAssigned.StatusCode);
    }

    [Fact]
    public async Task Tags_are_added_replaced_and_removed_within_their_limits()
    {
        var (candidateId, _) = await _sim.FirstCandidateAsync();
        var path = $"/candidates/{candidateId}/tags";

        using var added = await PostJsonAsync(path, new { tags = new[] { "alpha", "beta" } });
        var afterAdd = (await _sim.GetJsonAsync(path))["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        using var replaced = await SendJsonAsync(HttpMethod.Put, path, new { tags = new[] { "only" } });
        var afterReplace = (await _sim.GetJsonAsync(path))["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        using var tooMany = await PostJsonAsync(path, new { tags = Enumerable.Range(0, 101).Select(i => $"t{i}").ToArray() });
        using var tooLong = await PostJsonAsync(path, new { tags = new[] { new string('x', 51) } });
        using var removed = await _sim.Http.DeleteAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains("alpha", afterAdd);
        Assert.Contains("beta", afterAdd);
        Assert.Equal(HttpStatusCode.Created, replaced.StatusCode);
        Assert.Equal(["only"], afterReplace);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await _sim.GetJsonAsync(path))["tags"]!.AsArray());
    }

    [Fact]
    public async Task Attachments_upload_as_multipart_and_refuse_duplicates_and_empty_files()
    {
        var (candidateId, jobId) = await _sim.FirstCandidateAsync();
        var path = $"/candidates/{candidateId}/jobs/{jobId}/attachments";

        using var first = await _sim.Http.PostAsync(path, Multipart("cv.pdf", "%PDF-1.4 cv"u8.ToArray(), "RESUME"), TestContext.Current.CancellationToken);
        var attachment = await Simulator.JsonAsync(first);
        using var duplicate = await _sim.Http.PostAsync(path, Multipart("cv.pdf", "%PDF-1.4 again"u8.ToArray(), "RESUME"), TestContext.Current.CancellationToken);
        using var empty = await _sim.Http.PostAsync(path, Multipart("empty.txt", [], "GENERIC_FILE"), TestContext.Current.CancellationToken);
        using var json = await PostJsonAsync(path, new { attachmentType = "RESUME" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("cv.pdf", attachment["name"]!.GetValue<string>());
        Assert.Equal("RESUME", attachment["type"]!.GetValue<string>());
        Assert.NotNull(attachment["actions"]!["download"]);
        Assert.Equal("FILE_ALREADY_EXIST", (await Simulator.JsonAsync(duplicate))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_FILE", (await Simulator.JsonAsync(empty))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Single((await _sim.GetJsonAsync(path))["content"]!.AsArray());
    }

    [Fact]
    public async Task Message_shares_validate_mentions_candidates_and_visibility()
    {
        var (candidateId, jobId) = await _sim.FirstCandidateAsync();
        var userId = _sim.Host.Accounts.Accounts[0].Users[0].Id;

        using var shared = await PostJsonAsync("/messages/shares", new { content = $"Great call with #[CANDIDATE:{candidateId}], @[USER:{userId}]", shareWith = new { hiringTeamOf = new[] { jobId } } });
        using var both = await PostJsonAsync("/messages/shares", new { content = "x", shareWith = new { everyone = true, openNote = true } });
        using var unknownJob = await PostJsonAsync("/messages/shares", new { content = "x", shareWith = new { hiringTeamOf = new[] { Guid.NewGuid().ToString() } } });
        using var unknownCandidate = await PostJsonAsync("/messages/shares", new { content = $"#[CANDIDATE:{Guid.NewGuid()}]" });
        using var unknownMention = await PostJsonAsync("/messages/shares", new { content = "@[USER:ffffffffffffffffffffffff]" });
        using var empty = await PostJsonAsync("/messages/shares", new { content = "" });

        Assert.Equal(HttpStatusCode.Created, shared.StatusCode);
        Assert.NotNull((await Simulator.JsonAsync(shared))["id"]);
        Assert.Equal("INVALID_VISIBILITY_OPTIONS", await CodeAsync(both));
        Assert.Equal("JOB_NOT_FOUND", await CodeAsync(unknownJob));
        Assert.Equal("NO_ACCESS_TO_CANDIDATE", await CodeAsync(unknownCandidate));
        Assert.Equal("MENTIONED_USERS_NOT_FOUND", await CodeAsync(unknownMention));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private async Task AssertStatusErrorAsync(string path, object body, string code)
    {
        using var response = await SendJsonAsync(HttpMethod.Put, path, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await CodeAsync(response));
    }

    private static async Task<string> CodeAsync(HttpResponseMessage response) =>
        (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>();

    private static MultipartFormDataContent Multipart(string fileName, byte[] content, string type) => new()
    {
        { new StringContent(type), "attachmentType" },
        { new ByteArrayContent(content), "file", fileName },
    };

    private Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        _sim.Http.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    private Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, object body) =>
        _sim.Http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) }, TestContext.Current.CancellationToken);
}
