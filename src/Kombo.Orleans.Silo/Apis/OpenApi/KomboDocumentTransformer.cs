using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using static Kombo.Orleans.Silo.Apis.OpenApi.Schemas;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>
/// The document-wide parts: title, the bearer scheme, Kombo's error envelope, the ATS result schemas (written as
/// raw JSON, so the generator cannot see them) and the health probes (not route handlers, so not described by it).
/// </summary>
internal sealed class KomboDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";
    public const string ErrorEnvelopeSchema = "ErrorEnvelope";

    /// <summary>Read from <see cref="ApiErrorCodes"/> so a code added there is documented without a second list.</summary>
    public static IReadOnlyList<string> AllErrorCodes { get; } =
    [
        .. typeof(ApiErrorCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Kombo.Orleans API",
            Version = "v1",
            Description = "A Kombo-compatible ATS API over SmartRecruiters, served by every silo. Send your key as "
                + "'Authorization: Bearer <key>'; category endpoints and force-sync also take 'X-Integration-Id'. "
                + "Every answer is Kombo's envelope: {\"status\":\"success\",\"data\":…} or {\"status\":\"error\",\"error\":{…}}.",
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "kombo_{keyId}_{secret}",
            Description = "The tenant's API key: 'Authorization: Bearer <key>'.",
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas[ErrorEnvelopeSchema] = ErrorEnvelope();
        foreach (var (name, schema) in AtsResultSchemas.All())
        {
            document.Components.Schemas[name] = schema;
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = ApiTags.Platform, Description = "Integrations of the calling tenant, force-sync, the key check." });
        document.Tags.Add(new OpenApiTag { Name = ApiTags.Ats, Description = "Kombo's ATS list endpoints for the X-Integration-Id integration." });
        document.Tags.Add(new OpenApiTag { Name = ApiTags.Health, Description = "Probes for orchestrators; no key needed." });

        document.Paths ??= [];
        document.Paths["/health/live"] = HealthPath(document, "Liveness", "The process serves HTTP; restart it if not.", "HealthLive");
        document.Paths["/health/ready"] = HealthPath(document, "Readiness",
            "The silo is active and, with PostgreSQL, the database answers; route traffic to it only then.", "HealthReady");
        return Task.CompletedTask;
    }

    private static OpenApiSchema ErrorEnvelope()
    {
        var envelope = Object(
            K("status", ConstString("error")),
            K("error", Object(
                K("code", ConstStringOf(AllErrorCodes)),
                K("title", Id()),
                K("message", Id()),
                K("log_url", new OpenApiSchema { Type = JsonSchemaType.Null, Description = "Always null: there is no log UI to link to." }))));
        envelope.Description = "Kombo's error envelope; clients branch on error.code, not on the HTTP status or the message.";
        return envelope;
    }

    private static OpenApiSchema ConstStringOf(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v))],
    };

    private static OpenApiPathItem HealthPath(OpenApiDocument document, string summary, string description, string operationId) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = operationId,
                Summary = summary,
                Description = description,
                Tags = new HashSet<OpenApiTagReference> { new(ApiTags.Health, document) },
                Security = [],
                Responses = new OpenApiResponses
                {
                    ["200"] = PlainText("Healthy (or Degraded)."),
                    ["503"] = PlainText("Unhealthy."),
                },
            },
        },
    };

    private static OpenApiResponse PlainText(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
        },
    };
}
