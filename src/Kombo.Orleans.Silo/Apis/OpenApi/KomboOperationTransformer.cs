using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>
/// Per <c>/v1</c> operation: the bearer requirement, the <c>X-Integration-Id</c> header, the ATS query parameters
/// and page schema, the request body and the error responses, from the metadata the endpoints carry
/// (<see cref="OpenApiEndpointConventions"/>). The generator sees none of these: authentication is a filter, the
/// header and query are read by hand, and bodies and ATS pages are read and written by hand.
/// </summary>
internal sealed class KomboOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<int, string> ErrorDescriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "PLATFORM.INPUT_INVALID: a bad query parameter or body, a missing X-Integration-Id, a rejected cursor.",
        [StatusCodes.Status401Unauthorized] = "PLATFORM.AUTHENTICATION_INVALID: the key is missing, malformed or unknown.",
        [StatusCodes.Status403Forbidden] = "INTEGRATION.INACTIVE: the integration is paused; INTEGRATION.AUTHENTICATION_INVALID: SmartRecruiters "
            + "rejects the integration's credentials.",
        [StatusCodes.Status404NotFound] = "PLATFORM.INTEGRATION_NOT_FOUND: the integration does not exist or belongs to another tenant.",
        [StatusCodes.Status413PayloadTooLarge] = $"PLATFORM.INPUT_INVALID: the body is over {ApiBodies.MaxBytes / 1024} KB.",
        [StatusCodes.Status415UnsupportedMediaType] = "PLATFORM.INPUT_INVALID: the body is not application/json.",
        [StatusCodes.Status429TooManyRequests] = "PLATFORM.RATE_LIMIT_EXCEEDED: over the tenant's rate; retry after Retry-After seconds.",
        [StatusCodes.Status500InternalServerError] = "PLATFORM.UNKNOWN_ERROR: a bug; the log has the exception.",
        [StatusCodes.Status503ServiceUnavailable] = "PLATFORM.UNKNOWN_ERROR: the cluster is unavailable or timed out; retry shortly.",
    };

    // What every /v1 operation can answer: the filter authenticates and rate-limits, the error handler covers the rest.
    private static readonly int[] Always =
    [
        StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests,
        StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable,
    ];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) != true)
        {
            return;
        }

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KomboDocumentTransformer.BearerScheme, document)] = [] }];
        operation.Parameters ??= [];
        var integrationPath = context.Description.RelativePath.StartsWith("v1/integrations/", StringComparison.Ordinal);
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => integrationPath && p is { In: ParameterLocation.Path, Name: "id" }))
        {
            parameter.Description = "The integration's id (smartrecruiters:…); URL-encode it if your client requires.";
        }

        if (metadata.OfType<IntegrationHeaderMetadata>().Any())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "X-Integration-Id",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The integration to work on; it must belong to the key's tenant.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        var ats = metadata.OfType<AtsListMetadata>().FirstOrDefault();
        if (ats is not null)
        {
            foreach (var parameter in AtsQueryParameters.For(ats.Endpoint))
            {
                operation.Parameters.Add(parameter);
            }

            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "One page: data.results and the cursor of the next page in data.next.",
                Content = Json(new OpenApiSchemaReference(AtsResultSchemas.PageName(ats.Endpoint), document)),
            };
        }

        var errors = new SortedSet<int>(Always);
        if (metadata.OfType<RequestBodyMetadata>().FirstOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = !body.Optional,
                Description = body.Optional ? "Optional; leave it out for the defaults." : null,
                Content = Json(await context.GetOrCreateSchemaAsync(body.Type, cancellationToken: cancellationToken)),
            };
            errors.UnionWith([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        }

        foreach (var extra in metadata.OfType<ErrorResponsesMetadata>())
        {
            errors.UnionWith(extra.Statuses);
        }

        var overrides = metadata.OfType<ErrorResponseMetadata>().ToDictionary(e => e.Status, e => e.Description);
        errors.UnionWith(overrides.Keys);

        operation.Responses ??= [];
        foreach (var status in errors)
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = overrides.TryGetValue(status, out var described) ? described
                    : status == StatusCodes.Status403Forbidden && ats is not null
                    ? "INTEGRATION.MODEL_DISABLED: the endpoint's model is disabled in the integration's scope config."
                    : ErrorDescriptions[status],
                Content = Json(new OpenApiSchemaReference(KomboDocumentTransformer.ErrorEnvelopeSchema, document)),
            };
        }
    }

    private static Dictionary<string, OpenApiMediaType> Json(IOpenApiSchema schema) =>
        new(StringComparer.Ordinal) { ["application/json"] = new OpenApiMediaType { Schema = schema } };
}
