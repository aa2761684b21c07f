namespace Kombo.Orleans.Tests.Apis;

using System.Net;
using System.Net.Http.Headers;
using System.Text;

/// <summary>Every way a request can be wrong answers with Kombo's error envelope and the right code, and changes nothing.</summary>
public sealed class BadRequestTests(BadRequestFixture fixture) : IClassFixture<BadRequestFixture>
{
    private const string Valid = """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"http://127.0.0.1:1/"}""";
    private const string Input = "PLATFORM.INPUT_INVALID";
    private const string Auth = "PLATFORM.AUTHENTICATION_INVALID";
    private const string NotFound = "PLATFORM.INTEGRATION_NOT_FOUND";

    private static readonly Dictionary<string, BadRequest> Table = new BadRequest[]
    {
        // Authentication
        new("no authorization", "GET", "/v1/ats/jobs", Key: null, Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("unknown key", "GET", "/v1/ats/jobs", Key: "Bearer nope", Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("basic scheme", "GET", "/v1/ats/jobs", Key: "Basic ZGV2LWtleTo=", Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("empty bearer", "GET", "/v1/ats/jobs", Key: "Bearer ", Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("well formed unknown key", "GET", "/v1/ats/jobs", Key: "Bearer kombo_123456789ABC_xyz", Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("key with a space", "GET", "/v1/ats/jobs", Key: "Bearer dev key", Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("overlong key", "GET", "/v1/ats/jobs", Key: "Bearer " + new string('k', 300), Status: HttpStatusCode.Unauthorized, Code: Auth),
        new("unauthenticated create", "POST", "/v1/integrations", Valid, Key: null, Status: HttpStatusCode.Unauthorized, Code: Auth),

        // Integration header and ids
        new("missing integration header", "GET", "/v1/ats/jobs", Integration: null),
        new("unknown integration header", "GET", "/v1/ats/jobs", Integration: "smartrecruiters:nope", Status: HttpStatusCode.NotFound, Code: NotFound),
        new("demo id not owned", "GET", "/v1/ats/candidates", Integration: "smartrecruiters:demo", Status: HttpStatusCode.NotFound, Code: NotFound),
        new("unknown integration by id", "GET", "/v1/integrations/smartrecruiters:nope", Status: HttpStatusCode.NotFound, Code: NotFound),
        new("unknown sync status", "GET", "/v1/integrations/smartrecruiters:nope/sync-status", Status: HttpStatusCode.NotFound, Code: NotFound),
        new("delete unknown", "DELETE", "/v1/integrations/smartrecruiters:nope", Status: HttpStatusCode.NotFound, Code: NotFound),
        new("enable unknown", "PUT", "/v1/integrations/smartrecruiters:nope/enabled", """{"value":true}""", Status: HttpStatusCode.NotFound, Code: NotFound),

        // ATS list parameters
        new("page_size 0", "GET", "/v1/ats/jobs?page_size=0"),
        new("page_size 251", "GET", "/v1/ats/jobs?page_size=251"),
        new("page_size abc", "GET", "/v1/ats/jobs?page_size=abc"),
        new("page_size negative", "GET", "/v1/ats/jobs?page_size=-1"),
        new("page_size fraction", "GET", "/v1/ats/jobs?page_size=1.5"),
        new("page_size empty", "GET", "/v1/ats/jobs?page_size="),
        new("page_size twice", "GET", "/v1/ats/jobs?page_size=10&page_size=20"),
        new("page_size huge", "GET", "/v1/ats/jobs?page_size=99999999999999999999"),
        new("malformed cursor", "GET", "/v1/ats/jobs?cursor=!!!not-a-cursor"),
        new("base64 garbage cursor", "GET", "/v1/ats/candidates?cursor=AAAAAAAAAAAAAAAAAAAA"),
        new("updated_after word", "GET", "/v1/ats/jobs?updated_after=yesterday"),
        new("updated_after month 13", "GET", "/v1/ats/jobs?updated_after=2024-13-01T00:00:00Z"),
        new("updated_after unencoded plus", "GET", "/v1/ats/jobs?updated_after=2024-01-01T00:00:00+01:00"),
        new("updated_after epoch", "GET", "/v1/ats/jobs?updated_after=1700000000"),
        new("updated_after us format", "GET", "/v1/ats/jobs?updated_after=01/02/2024"),
        new("include_deleted yes", "GET", "/v1/ats/jobs?include_deleted=yes"),
        new("include_deleted 1", "GET", "/v1/ats/jobs?include_deleted=1"),
        new("ids with empty item", "GET", "/v1/ats/jobs?ids=a,,b"),
        new("remote_ids only comma", "GET", "/v1/ats/jobs?remote_ids=,"),
        new("unknown parameter", "GET", "/v1/ats/jobs?foo=bar"),
        new("filter of another endpoint", "GET", "/v1/ats/jobs?outcomes=HIRED"),
        new("lower case status", "GET", "/v1/ats/jobs?statuses=open"),
        new("unknown status among known", "GET", "/v1/ats/jobs?statuses=OPEN,BOGUS"),
        new("unknown employment type", "GET", "/v1/ats/jobs?employment_types=FULLTIME"),
        new("unknown visibility", "GET", "/v1/ats/jobs?visibilities=SECRET"),
        new("bad remote_created_after", "GET", "/v1/ats/jobs?remote_created_after=not-a-date"),
        new("unknown outcome", "GET", "/v1/ats/applications?outcomes=REJECTED"),
        new("unknown role scope", "GET", "/v1/ats/roles?scopes=GLOBAL"),
        new("deprecated single status", "GET", "/v1/ats/jobs?status=OPEN"),
        new("email on users", "GET", "/v1/ats/users?email=a@example.com"),
        new("filter on tags", "GET", "/v1/ats/tags?job_ids=x"),
        new("parameter name case", "GET", "/v1/ats/jobs?Page_Size=10"),
        new("unknown ats endpoint", "GET", "/v1/ats/nonexistent", Status: HttpStatusCode.NotFound),
        new("post to a list", "POST", "/v1/ats/jobs", "{}", Status: HttpStatusCode.MethodNotAllowed),
        new("unknown v1 path", "GET", "/v1/nothing-here", Status: HttpStatusCode.NotFound),

        // Header limits
        new("huge header", "GET", "/v1/ats/jobs", Extra: new() { ["X-Big"] = new string('x', 20_000) }, Status: HttpStatusCode.RequestHeaderFieldsTooLarge),
        new("too many headers", "GET", "/v1/ats/jobs", Extra: Enumerable.Range(0, 80).ToDictionary(i => $"X-H{i}", i => "v"), Status: HttpStatusCode.RequestHeaderFieldsTooLarge),

        // POST /v1/integrations bodies
        new("no body", "POST", "/v1/integrations"),
        new("truncated json", "POST", "/v1/integrations", "{"),
        new("array body", "POST", "/v1/integrations", "[]"),
        new("null body", "POST", "/v1/integrations", "null"),
        new("trailing comma", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},}"""),
        new("text/plain body", "POST", "/v1/integrations", Valid, ContentType: "text/plain", Status: HttpStatusCode.UnsupportedMediaType),
        new("form body", "POST", "/v1/integrations", "tool=smartrecruiters", ContentType: "application/x-www-form-urlencoded", Status: HttpStatusCode.UnsupportedMediaType),
        new("missing tool", "POST", "/v1/integrations", """{"credentials":{"api_key":"k"}}"""),
        new("other tool", "POST", "/v1/integrations", """{"tool":"greenhouse","credentials":{"api_key":"k"}}"""),
        new("tool null", "POST", "/v1/integrations", """{"tool":null,"credentials":{"api_key":"k"}}"""),
        new("missing credentials", "POST", "/v1/integrations", """{"tool":"smartrecruiters"}"""),
        new("empty credentials", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{}}"""),
        new("both credential kinds", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k","client_id":"c","client_secret":"s"}}"""),
        new("client id without secret", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"client_id":"c"}}"""),
        new("blank api key", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"  "}}"""),
        new("numeric api key", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":123}}"""),
        new("credentials as string", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":"k"}"""),
        new("unknown member", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"foo":1}"""),
        new("ftp base url", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"ftp://127.0.0.1/"}"""),
        new("foreign base url", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"https://evil.example.com/"}"""),
        new("relative base url", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"/api"}"""),
        new("base url with user info", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"http://u:p@127.0.0.1:1/"}"""),
        new("unknown disabled model", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"http://127.0.0.1:1/","scope_config":{"disabled_models":["ats_bogus"]}}"""),
        new("unknown disabled field", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"http://127.0.0.1:1/","scope_config":{"disabled_fields":{"ats_candidates":["nope"]}}}"""),
        new("disabled models not a list", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"scope_config":{"disabled_models":"ats_jobs"}}"""),
        new("blank company identifier", "POST", "/v1/integrations", """{"tool":"smartrecruiters","credentials":{"api_key":"k"},"base_url":"http://127.0.0.1:1/","company_identifier":""}"""),
        new("body over 64 KB", "POST", "/v1/integrations", "{\"tool\":\"" + new string('a', 70_000) + "\"}", Status: HttpStatusCode.RequestEntityTooLarge),
        new("put to the collection", "PUT", "/v1/integrations", Valid, Status: HttpStatusCode.MethodNotAllowed),

        // PUT enabled
        new("enabled as string", "PUT", "/v1/integrations/{id}/enabled", """{"value":"yes"}"""),
        new("enabled missing", "PUT", "/v1/integrations/{id}/enabled", "{}"),
        new("enabled null", "PUT", "/v1/integrations/{id}/enabled", """{"value":null}"""),
        new("enabled no body", "PUT", "/v1/integrations/{id}/enabled"),
        new("enabled as number", "PUT", "/v1/integrations/{id}/enabled", """{"value":0}"""),

        // POST /v1/force-sync
        new("unknown sync type", "POST", "/v1/force-sync", """{"type":"SOMETIMES"}"""),
        new("lower case sync type", "POST", "/v1/force-sync", """{"type":"full"}"""),
        new("numeric sync type", "POST", "/v1/force-sync", """{"type":1}"""),
        new("malformed force-sync body", "POST", "/v1/force-sync", "{type:FULL}"),
        new("force-sync without integration", "POST", "/v1/force-sync", """{"type":"FULL"}""", Integration: null),
        new("force-sync as text", "POST", "/v1/force-sync", "FULL", ContentType: "text/plain", Status: HttpStatusCode.UnsupportedMediaType),
        new("force-sync via get", "GET", "/v1/force-sync", Status: HttpStatusCode.MethodNotAllowed),
        new("integration header twice", "POST", "/v1/force-sync", """{"type":"FULL"}""", Extra: new() { ["X-Integration-Id"] = "smartrecruiters:other" }, Status: HttpStatusCode.NotFound, Code: NotFound),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Cases => new(Table.Keys);

    [Fact]
    public void The_table_covers_at_least_fifty_bad_requests() => Assert.True(Table.Count >= 50, $"{Table.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_request_answers_the_error_envelope_and_changes_nothing(string name)
    {
        var bad = Table[name];
        var before = await fixture.SnapshotAsync();

        using var response = await SendAsync(bad);

        await ApiAssert.ErrorAsync(response, bad.Status, bad.Code);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(BadRequest bad)
    {
        using var client = new HttpClient { BaseAddress = fixture.Host.Silo.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path.Replace("{id}", fixture.IntegrationId, StringComparison.Ordinal));
        if (bad.Key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", bad.Key);
        }

        if (bad.Integration is not null)
        {
            request.Headers.Add("X-Integration-Id", bad.Integration == BadRequest.Own ? fixture.IntegrationId : bad.Integration);
        }

        foreach (var (header, value) in bad.Extra ?? [])
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        if (bad.Body is not null)
        {
            request.Content = new StringContent(bad.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(bad.ContentType);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed record BadRequest(
        string Name,
        string Method,
        string Path,
        string? Body = null,
        string ContentType = "application/json",
        string? Key = "Bearer dev-key",
        string? Integration = BadRequest.Own,
        Dictionary<string, string>? Extra = null,
        HttpStatusCode Status = HttpStatusCode.BadRequest,
        string Code = "PLATFORM.INPUT_INVALID")
    {
        public const string Own = "(own)";
    }
}
