using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>
/// The API's OpenAPI document at <c>/openapi/v1.json</c> and Scalar's reference UI at <c>/docs</c>. Neither needs a
/// key: they describe the API and hold no tenant's data.
/// </summary>
internal static class KomboOpenApi
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string DocsPath = "/docs";

    public static IServiceCollection AddKomboOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // Only the API: the dashboard and the document's own endpoints are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) == true;
            // The default id of Success<T[]> ends in "[]", which component names may not contain.
            options.CreateSchemaReferenceId = type =>
                OpenApiOptions.CreateDefaultSchemaReferenceId(type)?.Replace("[]", "Array", StringComparison.Ordinal);
            options.AddDocumentTransformer<KomboDocumentTransformer>();
            options.AddOperationTransformer<KomboOperationTransformer>();
            options.AddSchemaTransformer((schema, context, _) =>
            {
                RequestSchemas.Apply(schema, context.JsonTypeInfo.Type);
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapKomboOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(DocsPath, options => options
            .WithTitle("Kombo.Orleans API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument(DocumentName)
            .AddPreferredSecuritySchemes(KomboDocumentTransformer.BearerScheme));
        return app;
    }
}

/// <summary>
/// What the generated schemas of the request bodies and the envelopes cannot know: the constant envelope status,
/// the values <c>tool</c> and force-sync's <c>type</c> accept, and which members a body must have (the strict
/// reader enforces these, the generator reads the default options).
/// </summary>
internal static class RequestSchemas
{
    public static void Apply(OpenApiSchema schema, Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Success<>))
        {
            SetEnum(schema, "status", "success");
            Require(schema, "status", "data");
            if (schema.Properties?["status"] is OpenApiSchema status)
            {
                status.Type = JsonSchemaType.String;
            }

            // data is never null in a success; the generator cannot tell from the generic parameter.
            if (schema.Properties?["data"] is OpenApiSchema { OneOf: { Count: > 0 } choices } && choices.FirstOrDefault(c => c is OpenApiSchemaReference) is { } data)
            {
                schema.Properties["data"] = data;
            }
        }
        else if (type == typeof(CreateIntegrationRequest))
        {
            SetEnum(schema, "tool", IntegrationsApi.Tool);
            Require(schema, "tool", "credentials");
        }
        else if (type == typeof(ForceSyncRequest))
        {
            SetEnum(schema, "type", "FULL", "DELTA");
            if (schema.Properties?.TryGetValue("type", out var kind) == true && kind is OpenApiSchema kindSchema)
            {
                kindSchema.Default = JsonValue.Create("FULL");
            }
        }
        else if (type == typeof(SetEnabledRequest))
        {
            Require(schema, "value");
        }
        else if (type == typeof(CredentialsBody))
        {
            schema.Description = "Either api_key, or client_id with client_secret.";
        }
    }

    private static void SetEnum(OpenApiSchema schema, string property, params string[] values)
    {
        if (schema.Properties?.TryGetValue(property, out var member) == true && member is OpenApiSchema memberSchema)
        {
            memberSchema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
    }

    private static void Require(OpenApiSchema schema, params string[] properties)
    {
        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            schema.Required.Add(property);
        }
    }
}
