using Kombo.Orleans.Abstractions.Queries;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>The endpoint answers one ATS list endpoint: its query parameters and page schema come from <see cref="Endpoint"/>.</summary>
internal sealed record AtsListMetadata(AtsEndpoint Endpoint);

/// <summary>The endpoint works on the integration named by the <c>X-Integration-Id</c> header.</summary>
internal sealed record IntegrationHeaderMetadata;

/// <summary>
/// The JSON body the endpoint reads. Bodies are read by hand (<see cref="ApiBodies"/>) so every failure is an
/// envelope; <c>Accepts&lt;T&gt;</c> would also make routing reject content types before that code runs.
/// </summary>
internal sealed record RequestBodyMetadata(Type Type, bool Optional);

/// <summary>The Kombo error codes the endpoint can answer with besides the ones every <c>/v1</c> endpoint has.</summary>
internal sealed record ErrorResponsesMetadata(params int[] Statuses);

/// <summary>An error status whose code or meaning differs from the API-wide description of that status.</summary>
internal sealed record ErrorResponseMetadata(int Status, string Description);

/// <summary>Endpoint conventions that carry the OpenAPI description of the API's routes.</summary>
internal static class OpenApiEndpointConventions
{
    public static TBuilder Describe<TBuilder>(this TBuilder builder, string operationId, string summary, string tag, string? description = null)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithName(operationId).WithSummary(summary).WithTags(tag);
        return description is null ? builder : builder.WithDescription(description);
    }

    public static TBuilder WithIntegrationHeader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IntegrationHeaderMetadata());

    public static TBuilder WithJsonBody<TBody, TBuilder>(this TBuilder builder, bool optional = false)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyMetadata(typeof(TBody), optional));

    public static TBuilder WithErrors<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ErrorResponsesMetadata(statuses));

    public static TBuilder WithError<TBuilder>(this TBuilder builder, int status, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ErrorResponseMetadata(status, description));

    /// <summary>Everything an ATS list endpoint's description needs.</summary>
    public static TBuilder DescribeAtsList<TBuilder>(this TBuilder builder, AtsEndpoint endpoint)
        where TBuilder : IEndpointConventionBuilder
    {
        var path = AtsEndpoints.Path(endpoint);
        var words = path.Replace('-', ' ');
        return builder
            .Describe("ListAts" + string.Concat(path.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])), $"List {words}",
                ApiTags.Ats, $"One page of the integration's {words}, in Kombo's unified ATS model.")
            .WithIntegrationHeader()
            .WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithMetadata(new AtsListMetadata(endpoint));
    }
}

/// <summary>The document's operation groups.</summary>
internal static class ApiTags
{
    public const string Platform = "Platform";
    public const string Ats = "ATS";
    public const string Health = "Health";
}
