using System.Text.Json.Nodes;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Queries;
using Microsoft.OpenApi;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>
/// The query parameters <see cref="AtsQueryParser"/> accepts, as OpenAPI parameters. The endpoint filters come from
/// <see cref="AtsEndpoints.Filters"/>, so a filter added there without a description here fails the document.
/// </summary>
internal static class AtsQueryParameters
{
    private const string DateTimeText = "ISO-8601 date-time such as 2024-01-31T12:00:00.000Z, or a date (2024-01-31); encode '+' in an offset as %2B.";

    private static readonly Dictionary<string, Func<OpenApiParameter>> FilterParameters = new(StringComparer.Ordinal)
    {
        ["statuses"] = () => EnumList("statuses", JobStatus.All, "Jobs with one of these statuses."),
        ["employment_types"] = () => EnumList("employment_types", EmploymentType.All, "Jobs with one of these employment types."),
        ["visibilities"] = () => EnumList("visibilities", JobVisibility.All, "Jobs with one of these visibilities."),
        ["outcomes"] = () => EnumList("outcomes", ApplicationOutcome.All, "Applications with one of these outcomes."),
        ["scopes"] = () => EnumList("scopes", RoleScope.All, "Roles of one of these scopes."),
        ["job_codes"] = () => List("job_codes", "Jobs with one of these job codes."),
        ["job_ids"] = () => List("job_ids", "Records linked to one of these jobs (Kombo ids)."),
        ["job_remote_ids"] = () => List("job_remote_ids", "Applications to one of these jobs (the ATS's ids)."),
        ["current_stage_ids"] = () => List("current_stage_ids", "Applications currently in one of these stages (Kombo ids)."),
        ["emails"] = () => List("emails", "Users with one of these email addresses."),
        ["remote_created_after"] = () => Date("remote_created_after", "Records created in the ATS after this instant. " + DateTimeText),
        ["name_contains"] = () => Text("name_contains", "Jobs whose name contains this text."),
        ["post_url"] = () => Text("post_url", "Jobs with this post URL."),
        ["email"] = () => Text("email", "Candidates with this email address."),
        ["first_name"] = () => Text("first_name", "Candidates with this first name."),
        ["last_name"] = () => Text("last_name", "Candidates with this last name."),
    };

    /// <summary>The common parameters, then the endpoint's own filters.</summary>
    public static IEnumerable<OpenApiParameter> For(AtsEndpoint endpoint)
    {
        yield return Text("cursor", "The data.next of the previous page; pass the other parameters unchanged.");
        yield return new OpenApiParameter
        {
            Name = "page_size",
            In = ParameterLocation.Query,
            Description = $"Results per page, 1 to {AtsListQuery.MaxPageSize}.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = "1",
                Maximum = AtsListQuery.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Default = JsonValue.Create(AtsListQuery.DefaultPageSize),
            },
        };
        yield return Date("updated_after", "Only records whose changed_at is after this instant. " + DateTimeText);
        yield return Flag("include_deleted", "Include records deleted in the ATS (their remote_deleted_at is set).");
        yield return List("ids", "Only these records (Kombo ids).");
        yield return List("remote_ids", "Only these records (the ATS's ids).");
        yield return Flag("ignore_unsupported_filters", "Accepted for Kombo compatibility; has no effect, every filter is supported.");
        foreach (var filter in AtsEndpoints.Filters(endpoint))
        {
            yield return FilterParameters.TryGetValue(filter, out var build) ? build()
                : throw new InvalidOperationException($"The ATS filter '{filter}' has no OpenAPI description; add it to {nameof(AtsQueryParameters)}.");
        }
    }

    private static OpenApiParameter Text(string name, string description) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiParameter Date(string name, string description) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
    };

    private static OpenApiParameter Flag(string name, string description) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) },
    };

    /// <summary>Comma-separated values (<c>style: form, explode: false</c>): OR within the parameter.</summary>
    private static OpenApiParameter List(string name, string description, IEnumerable<string>? values = null) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description + " Comma-separated.",
        Style = ParameterStyle.Form,
        Explode = false,
        Schema = values is null ? Schemas.Array(new OpenApiSchema { Type = JsonSchemaType.String }) : Schemas.ArrayOfEnum(values),
    };

    private static OpenApiParameter EnumList(string name, IEnumerable<string> values, string description) => List(name, description, values);
}
