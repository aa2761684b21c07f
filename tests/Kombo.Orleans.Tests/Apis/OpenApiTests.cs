namespace Kombo.Orleans.Tests.Apis;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Tests.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

/// <summary>One host for every test here: the document and the docs page are read-only.</summary>
public sealed class OpenApiHostFixture : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public string DocumentText { get; private set; } = "";

    public JsonElement Document { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Host = await ApiHost.StartAsync();
        using var response = await Host.Client(apiKey: null).GetAsync("/openapi/v1.json");
        DocumentText = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /openapi/v1.json answered {(int)response.StatusCode}: {DocumentText}");
        Document = JsonDocument.Parse(DocumentText).RootElement.Clone();
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

public sealed class OpenApiTests(OpenApiHostFixture fixture) : IClassFixture<OpenApiHostFixture>
{
    private static readonly string[] CommonAtsParameters = ["cursor", "page_size", "updated_after", "include_deleted", "ids", "remote_ids", "ignore_unsupported_filters"];

    private static readonly Dictionary<string, string[]> PlatformPaths = new()
    {
        ["/v1/check-api-key"] = ["get"],
        ["/v1/integrations"] = ["get", "post"],
        ["/v1/integrations/{id}"] = ["get", "delete"],
        ["/v1/integrations/{id}/enabled"] = ["put"],
        ["/v1/integrations/{id}/sync-status"] = ["get"],
        ["/v1/force-sync"] = ["post"],
        ["/v1/webhooks"] = ["get", "post"],
        ["/v1/webhooks/{id}"] = ["delete"],
        ["/v1/webhooks/{id}/deliveries"] = ["get"],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JsonElement Paths => fixture.Document.GetProperty("paths");

    [Fact]
    public void The_document_is_a_valid_openapi_3_document_without_a_key()
    {
        var read = OpenApiDocument.Parse(fixture.DocumentText, "json");

        Assert.StartsWith("3.", fixture.Document.GetProperty("openapi").GetString());
        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal("Kombo.Orleans API", fixture.Document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public void Every_platform_ats_and_health_path_is_listed_with_exactly_its_methods()
    {
        var expected = new Dictionary<string, string[]>(PlatformPaths)
        {
            ["/health/live"] = ["get"],
            ["/health/ready"] = ["get"],
        };
        foreach (var endpoint in AtsEndpoints.All)
        {
            expected["/v1/ats/" + AtsEndpoints.Path(endpoint)] = ["get"];
        }

        Assert.Contains("/v1/ats/jobs", expected.Keys);
        Assert.Contains("/v1/ats/rejection-reasons", expected.Keys);
        foreach (var (path, methods) in expected)
        {
            Assert.True(Paths.TryGetProperty(path, out _), $"{path} is not documented");
            Assert.Equal(methods.Order(), Operations(path).Select(o => o.Method).Order());
        }
    }

    [Fact]
    public void Every_v1_operation_requires_the_bearer_key_and_the_health_probes_do_not()
    {
        var scheme = fixture.Document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");

        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var (path, _, operation) in AllOperations())
        {
            var security = operation.GetProperty("security");
            if (path.StartsWith("/v1/", StringComparison.Ordinal))
            {
                Assert.True(security.GetArrayLength() == 1 && security[0].TryGetProperty("bearer", out _), $"{path} lacks the bearer requirement");
                Assert.Equal("#/components/schemas/ErrorEnvelope", Schema(operation.GetProperty("responses").GetProperty("401")).GetProperty("$ref").GetString());
            }
            else
            {
                Assert.Equal(0, security.GetArrayLength());
            }
        }
    }

    [Fact]
    public void The_integration_header_is_required_exactly_where_the_api_reads_it()
    {
        foreach (var (path, method, operation) in AllOperations())
        {
            var header = Parameters(operation).Where(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == "X-Integration-Id").ToList();
            var readsHeader = path.StartsWith("/v1/ats/", StringComparison.Ordinal) || path == "/v1/force-sync";

            Assert.True(readsHeader == (header.Count == 1), $"{method} {path}: X-Integration-Id documented {header.Count} times");
            Assert.All(header, h => Assert.True(h.GetProperty("required").GetBoolean()));
        }
    }

    [Fact]
    public void Every_ats_endpoint_documents_its_query_parameters_filters_and_page_schema()
    {
        foreach (var endpoint in AtsEndpoints.All)
        {
            var path = "/v1/ats/" + AtsEndpoints.Path(endpoint);
            var operation = Paths.GetProperty(path).GetProperty("get");
            var query = Parameters(operation).Where(p => p.GetProperty("in").GetString() == "query").ToDictionary(p => p.GetProperty("name").GetString()!);

            Assert.Equal(CommonAtsParameters.Concat(AtsEndpoints.Filters(endpoint)).Order(), query.Keys.Order());
            var pageSize = query["page_size"].GetProperty("schema");
            Assert.Equal("integer", pageSize.GetProperty("type").GetString());
            Assert.Equal(1, pageSize.GetProperty("minimum").GetInt32());
            Assert.Equal(250, pageSize.GetProperty("maximum").GetInt32());
            Assert.Equal(100, pageSize.GetProperty("default").GetInt32());
            Assert.Equal("date-time", query["updated_after"].GetProperty("schema").GetProperty("format").GetString());
            Assert.Equal("boolean", query["include_deleted"].GetProperty("schema").GetProperty("type").GetString());
            Assert.False(query["ids"].GetProperty("explode").GetBoolean());
            var page = Schema(operation.GetProperty("responses").GetProperty("200")).GetProperty("$ref").GetString();
            Assert.Equal($"#/components/schemas/{PageOf(endpoint)}", page);
            Assert.Contains("INTEGRATION.MODEL_DISABLED", operation.GetProperty("responses").GetProperty("403").GetProperty("description").GetString());
        }
    }

    [Theory]
    [InlineData("jobs", "statuses")]
    [InlineData("jobs", "employment_types")]
    [InlineData("jobs", "visibilities")]
    [InlineData("applications", "outcomes")]
    [InlineData("roles", "scopes")]
    public void Enum_filters_list_every_value_the_parser_accepts(string endpoint, string filter)
    {
        var allowed = filter switch
        {
            "statuses" => JobStatus.All,
            "employment_types" => EmploymentType.All,
            "visibilities" => JobVisibility.All,
            "outcomes" => ApplicationOutcome.All,
            _ => RoleScope.All,
        };
        var parameter = Parameters(Paths.GetProperty("/v1/ats/" + endpoint).GetProperty("get")).Single(p => p.GetProperty("name").GetString() == filter);
        var items = parameter.GetProperty("schema").GetProperty("items");

        Assert.Equal("array", parameter.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(allowed, items.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!));
    }

    [Fact]
    public void The_error_envelope_lists_every_kombo_error_code()
    {
        var error = fixture.Document.GetProperty("components").GetProperty("schemas").GetProperty("ErrorEnvelope").GetProperty("properties").GetProperty("error");
        var codes = error.GetProperty("properties").GetProperty("code").GetProperty("enum").EnumerateArray().Select(c => c.GetString()).ToList();

        Assert.Equal(["code", "log_url", "message", "title"], error.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order());
        Assert.Equal(
            ["INTEGRATION.AUTHENTICATION_INVALID", "INTEGRATION.INACTIVE", "INTEGRATION.MODEL_DISABLED", "PLATFORM.AUTHENTICATION_INVALID",
                "PLATFORM.INPUT_INVALID", "PLATFORM.INTEGRATION_NOT_FOUND", "PLATFORM.RATE_LIMIT_EXCEEDED", "PLATFORM.UNKNOWN_ERROR"],
            codes.Order());
    }

    [Fact]
    public void Request_bodies_are_documented_with_their_required_members_and_values()
    {
        var create = Schema(Paths.GetProperty("/v1/integrations").GetProperty("post").GetProperty("requestBody"));
        var forceSync = Paths.GetProperty("/v1/force-sync").GetProperty("post").GetProperty("requestBody");
        var enabled = Schema(Paths.GetProperty("/v1/integrations/{id}/enabled").GetProperty("put").GetProperty("requestBody"));

        Assert.Equal(["credentials", "tool"], Resolve(create).GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order());
        Assert.Equal(["smartrecruiters"], Resolve(create).GetProperty("properties").GetProperty("tool").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!));
        Assert.False(forceSync.TryGetProperty("required", out var required) && required.GetBoolean());
        Assert.Equal(["DELTA", "FULL"], Resolve(Schema(forceSync)).GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).Order());
        Assert.Contains("value", Resolve(enabled).GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void Samples_built_from_the_documented_ats_schemas_pass_kombos_sdk_shape_check()
    {
        foreach (var endpoint in AtsEndpoints.All)
        {
            var item = Resolve(fixture.Document.GetProperty("components").GetProperty("schemas").GetProperty(PageOf(endpoint))
                .GetProperty("properties").GetProperty("data").GetProperty("properties").GetProperty("results").GetProperty("items"));

            foreach (var full in new[] { true, false })
            {
                var sample = JsonSerializer.SerializeToElement(Sample(item, full));
                Assert.True(KomboSdkShapes.Problems(endpoint, sample) is [], $"{endpoint} ({(full ? "every key" : "required keys, nulls")}): "
                    + string.Join("; ", KomboSdkShapes.Problems(endpoint, sample)));
            }
        }
    }

    [Fact]
    public void Every_route_the_app_maps_under_v1_is_in_the_document()
    {
        var routes = fixture.Host.Silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!.TrimEnd('/'), Method: m.ToLowerInvariant())))
            .ToList();

        Assert.True(routes.Count >= PlatformPaths.Values.Sum(m => m.Length) + AtsEndpoints.All.Count());
        Assert.All(routes, route => Assert.True(
            Paths.TryGetProperty(route.Path, out var item) && item.TryGetProperty(route.Method, out _), $"{route.Method} {route.Path} is not documented"));
    }

    [Fact]
    public async Task The_docs_page_answers_html_without_a_key()
    {
        using var response = await fixture.Host.Client(apiKey: null).GetAsync("/docs", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string PageOf(AtsEndpoint endpoint) =>
        "Ats" + string.Concat(AtsEndpoints.Path(endpoint).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])).TrimEnd('s') + "Page";

    private static IEnumerable<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

    private static JsonElement Schema(JsonElement withContent) => withContent.GetProperty("content").GetProperty("application/json").GetProperty("schema");

    private IEnumerable<(string Method, JsonElement Operation)> Operations(string path) =>
        Paths.GetProperty(path).EnumerateObject().Where(p => p.Name is "get" or "post" or "put" or "delete" or "patch").Select(p => (p.Name, p.Value));

    private IEnumerable<(string Path, string Method, JsonElement Operation)> AllOperations() =>
        Paths.EnumerateObject().SelectMany(path => Operations(path.Name).Select(o => (path.Name, o.Method, o.Operation)));

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? fixture.Document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    /// <summary>
    /// A value the schema allows: with <paramref name="full"/> every documented key with a non-null value, otherwise
    /// only the required keys and null wherever null is allowed, the two ends of what the document promises.
    /// </summary>
    private JsonNode? Sample(JsonElement schema, bool full)
    {
        schema = Resolve(schema);
        var types = !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        if (types.Count == 0 || (!full && types.Contains("null")))
        {
            return null;
        }

        switch (types.First(t => t != "null"))
        {
            case "object":
                var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(k => k.GetString()).ToHashSet() : [];
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject().Where(p => full || required.Contains(p.Name)))
                    {
                        result[property.Name] = Sample(property.Value, full);
                    }
                }

                return result;
            case "array":
                return full ? new JsonArray(Sample(schema.GetProperty("items"), full)) : [];
            case "string":
                return schema.TryGetProperty("enum", out var values) && values.EnumerateArray().FirstOrDefault(v => v.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } first
                    ? first.GetString()
                    : schema.TryGetProperty("format", out var format) && format.GetString() == "date-time" ? "2024-01-31T12:00:00.000Z" : "x";
            case "boolean":
                return true;
            default:
                return 1;
        }
    }
}
