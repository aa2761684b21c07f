using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Queries;
using Microsoft.OpenApi;
using static Kombo.Orleans.Silo.Apis.OpenApi.Schemas;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>
/// The schema of one result of each ATS endpoint: the keys Kombo's SDK requires (present, possibly null) and may
/// omit, with the embedded objects the query grain composes. The grain writes these as raw JSON, so this is the
/// only place their shape is described; <c>AtsShapeTests</c> checks the grain against the same key lists.
/// </summary>
internal static class AtsResultSchemas
{
    private static readonly Dictionary<AtsEndpoint, (string Name, Func<OpenApiSchema> Build)> Items = new()
    {
        [AtsEndpoint.Jobs] = ("AtsJob", Job),
        [AtsEndpoint.Candidates] = ("AtsCandidate", Candidate),
        [AtsEndpoint.Applications] = ("AtsApplication", Application),
        [AtsEndpoint.Users] = ("AtsUser", User),
        [AtsEndpoint.Roles] = ("AtsRole", Role),
        [AtsEndpoint.Tags] = ("AtsTag", Named),
        [AtsEndpoint.ApplicationStages] = ("AtsApplicationStage", Named),
        [AtsEndpoint.Interviews] = ("AtsInterview", Interview),
        [AtsEndpoint.Offers] = ("AtsOffer", Offer),
        [AtsEndpoint.RejectionReasons] = ("AtsRejectionReason", RejectionReason),
    };

    /// <summary>The component name of one result of <paramref name="endpoint"/>.</summary>
    public static string ItemName(AtsEndpoint endpoint) => Items[endpoint].Name;

    /// <summary>The component name of the whole success envelope of <paramref name="endpoint"/>.</summary>
    public static string PageName(AtsEndpoint endpoint) => Items[endpoint].Name + "Page";

    /// <summary>Every item and page schema, by component name.</summary>
    public static IEnumerable<(string Name, IOpenApiSchema Schema)> All()
    {
        foreach (var endpoint in AtsEndpoints.All)
        {
            var (name, build) = Items[endpoint];
            var item = build();
            item.Description = $"One result of GET /v1/ats/{AtsEndpoints.Path(endpoint)}.";
            yield return (name, item);
            yield return (PageName(endpoint), Page(name));
        }
    }

    /// <summary><c>{"status":"success","data":{"next","results"}}</c>.</summary>
    private static OpenApiSchema Page(string itemName)
    {
        var page = Object(
            K("status", ConstString("success")),
            K("data", Object(
                K("next", String("Cursor of the next page (pass it as cursor); null on the last page.")),
                K("results", Array(Ref(itemName))))));
        page.Description = "Kombo's success envelope around one page of results.";
        return page;
    }

    private static Key[] Times() => [K("changed_at", RequiredDateTime()), K("remote_deleted_at", DateTime())];

    private static Key[] RemoteTimes() => [K("remote_created_at", DateTime()), K("remote_updated_at", DateTime())];

    private static Key CustomFields() => K("custom_fields", Record("The ATS's custom fields by key."));

    // Not in Kombo's SDK shapes (which ignore unknown keys) but in Kombo's API and written by the engine.
    private static Key[] Extras() =>
    [
        Optional("integration_fields", Array(Object(
            K("id", Id()), K("key", Id()), K("type", ConstStringOf(IntegrationFieldType.All)), K("label", String()), K("value", Any("The field's value as the ATS has it."))))),
        Optional("remote_data", Record("The ATS's raw objects the record was mapped from.")),
    ];

    private static OpenApiSchema ConstStringOf(IEnumerable<string> values)
    {
        var schema = Enum(values);
        schema.Type = JsonSchemaType.String;
        schema.Enum = [.. schema.Enum!.Where(v => v is not null)];
        return schema;
    }

    private static OpenApiSchema Location() => NullableObject(
        Optional("city", String()), Optional("country", String()), Optional("raw", String()), Optional("state", String()),
        Optional("street_1", String()), Optional("street_2", String()), Optional("zip_code", String()));

    private static OpenApiSchema RoleObject() => Object(
        K("remote_id", String()), K("remote_label", String()), K("scope", Enum(RoleScope.All)), K("unified_type", Enum(RoleUnifiedType.All)));

    private static OpenApiSchema EmailAddresses() => Array(Object(Optional("email_address", String()), Optional("type", String())));

    private static OpenApiSchema PhoneNumbers() => Array(Object(K("phone_number", Id()), Optional("type", String())));

    private static OpenApiSchema SocialMedia() => Array(Object(Optional("link", String()), Optional("type", String()), Optional("username", String())));

    private static OpenApiSchema TagList() => Array(Object(K("id", Id()), K("remote_id", String()), K("name", String())));

    private static OpenApiSchema JobSummary() => NullableObject(K("id", Id()), K("remote_id", Id()), K("name", String()));

    private static OpenApiSchema CandidateSummary(params Key[] more)
    {
        Key[] keys = [K("id", Id()), K("remote_id", Id()), K("first_name", String()), K("last_name", String()), K("email_addresses", EmailAddresses()), .. more];
        return NullableObject(keys);
    }

    private static OpenApiSchema StageSummary() => NullableObject(K("id", Id()), K("remote_id", String()), K("name", String()), K("index", Number()));

    private static OpenApiSchema Job() => Object(
    [
        K("id", Id()), K("remote_id", Id()), K("name", String()), K("job_code", String()), K("description", String()),
        K("confidential", Boolean()), K("weekly_hours", Number()),
        Optional("employment_type", OpenEnum(EmploymentType.All)), Optional("status", OpenEnum(JobStatus.All)),
        Optional("visibility", OpenEnum(JobVisibility.All)),
        K("category", String()), K("department", String()), K("post_url", String()), K("experience_level", String()),
        Optional("remote_work_status", OpenEnum(RemoteWorkStatus.All)),
        K("salary_amount", Number()), K("salary_amount_from", Number()), K("salary_amount_to", Number()),
        K("salary_currency", String()), Optional("salary_period", OpenEnum(SalaryPeriod.All)),
        Optional("location", Location()), CustomFields(), K("remote_url", String()),
        K("opened_at", DateTime()), K("closed_at", DateTime()), .. RemoteTimes(), K("contact_id", String()), .. Times(),
        K("stages", Array(Object(K("id", Id()), K("remote_id", String()), K("name", String()), Optional("index", Number())))),
        K("screening_questions", Array(Object(
            K("id", Id()), K("remote_id", String()), K("title", String()), K("description", String()),
            Optional("format", QuestionFormat()), K("category", Enum(ScreeningQuestionCategory.All)),
            Optional("index", Number()), K("required", Boolean()),
            Optional("precondition_question_id", String()),
            Optional("precondition_options", Any("The answers of the precondition question that show this question: strings or booleans."))))),
        K("job_postings", Array(Object(
            K("id", Id()), K("remote_id", String()), K("title", String()), K("description_html", String()),
            K("status", Enum(JobPostingStatus.All)), K("visibility", Enum(JobPostingVisibility.All)), K("url", String())))),
        K("hiring_team", Array(Object(
            K("id", Id()), K("remote_id", String()), K("first_name", String()), K("last_name", String()), Optional("email", String()),
            K("hiring_team_roles", ArrayOfEnum(HiringTeamRole.All)), K("job_roles", Array(RoleObject()))))),
        .. Extras(),
    ]);

    /// <summary>
    /// The question's format, one object per <c>type</c>; its other keys depend on the type (display_type,
    /// max_length, min, max, options, accepted_mime_types, max_file_size_bytes, raw_question).
    /// </summary>
    private static OpenApiSchema QuestionFormat()
    {
        var format = NullableObject(
            K("type", ConstStringOf(ScreeningQuestionType.All)),
            Optional("display_type", String()),
            Optional("max_length", Number()), Optional("min", Number()), Optional("max", Number()),
            Optional("accepted_mime_types", new OpenApiSchema { Type = JsonSchemaType.Array | JsonSchemaType.Null, Items = Id() }),
            Optional("max_file_size_bytes", Number()),
            Optional("options", Array(Object(K("id", Id()), Optional("remote_id", String()), K("name", Id())))),
            Optional("raw_question", Any("The ATS's question, for type UNKNOWN.")));
        format.Description = "Depends on type: TEXT (display_type, max_length), NUMBER (display_type, min, max), FILE "
            + "(accepted_mime_types, max_file_size_bytes), SINGLE_SELECT (display_type, options), MULTI_SELECT (options), "
            + "UNKNOWN (raw_question); BOOLEAN, DATE and INFORMATION have only type.";
        return format;
    }

    private static OpenApiSchema Candidate() => Object(
    [
        K("id", Id()), K("remote_id", Id()), K("first_name", String()), K("last_name", String()), K("company", String()),
        K("title", String()), K("confidential", Boolean()), K("source", String()),
        K("phone_numbers", PhoneNumbers()), K("email_addresses", EmailAddresses()), K("social_media", SocialMedia()),
        Optional("location", Location()), CustomFields(), K("remote_url", String()), .. RemoteTimes(), .. Times(),
        K("applications", Array(Object(
        [
            K("id", Id()), K("remote_id", String()), K("outcome", Enum(ApplicationOutcome.All)), K("rejection_reason_name", String()),
            K("rejected_at", DateTime()), K("remote_url", String()), K("changed_at", RequiredDateTime()), .. RemoteTimes(),
            K("current_stage", StageSummary()), K("job", JobSummary()),
        ]))),
        K("tags", TagList()),
        .. Extras(),
    ]);

    private static OpenApiSchema Application() => Object(
    [
        K("id", Id()), K("remote_id", String()), K("outcome", Enum(ApplicationOutcome.All)), K("rejection_reason_name", String()),
        K("rejected_at", DateTime()), K("current_stage_id", String()), K("job_id", String()), K("candidate_id", String()),
        K("screening_question_answers", Array(ScreeningQuestionAnswer())),
        CustomFields(), K("remote_url", String()), .. Times(), .. RemoteTimes(),
        K("candidate", CandidateSummary(
            K("phone_numbers", PhoneNumbers()), K("social_media", SocialMedia()), K("source", String()),
            K("remote_url", String()), K("tags", TagList()))),
        K("current_stage", StageSummary()),
        K("job", JobSummary()),
        K("interviews", Array(Object(
            K("id", Id()), K("remote_id", String()), K("title", String()), K("starting_at", DateTime()), K("ending_at", DateTime()),
            Optional("location", Location()), K("canceled", Boolean())))),
        K("offers", Array(Object(K("id", Id()), K("remote_id", String()), K("status", Enum(OfferStatus.All))))),
        .. Extras(),
    ]);

    /// <summary>An answer: the question it answers and one answer key that depends on the question's type.</summary>
    private static OpenApiSchema ScreeningQuestionAnswer()
    {
        var answer = Object(
            K("question", Object(K("remote_id", String()), K("title", Id()), Optional("type", ConstStringOf(ScreeningQuestionType.All)))),
            K("answer", Object(
                Optional("content", String()), Optional("choice", String()), Optional("choices", Array(Id())),
                Optional("checked", Boolean()), Optional("number", Number()), Optional("date", String()),
                Optional("raw", Any("The ATS's answer, for type UNKNOWN.")))));
        answer.Description = "answer has one key by question.type: TEXT content, SINGLE_SELECT choice, MULTI_SELECT choices, "
            + "BOOLEAN checked, NUMBER number, DATE date, UNKNOWN raw.";
        return answer;
    }

    private static OpenApiSchema User() => Object(
    [
        K("id", Id()), K("remote_id", String()), K("first_name", String()), K("last_name", String()), Optional("email", String()),
        K("status", Enum(UserStatus.All)), .. Times(), K("system_roles", Array(RoleObject())),
        .. Extras().Where(k => k.Name == "remote_data"),
    ]);

    private static OpenApiSchema Role() => Object(
    [
        K("id", Id()), K("remote_id", String()), K("remote_label", String()), K("scope", Enum(RoleScope.All)),
        K("unified_type", Enum(RoleUnifiedType.All)), .. Times(),
    ]);

    /// <summary>Tags and application stages.</summary>
    private static OpenApiSchema Named() => Object(
        [K("id", Id()), K("remote_id", String()), K("name", String()), .. Times(), .. Extras().Where(k => k.Name == "remote_data")]);

    private static OpenApiSchema RejectionReason() => Object(
        [K("id", Id()), K("remote_id", Id()), K("name", String()), .. Times(), .. Extras().Where(k => k.Name == "remote_data")]);

    private static OpenApiSchema Interview() => Object(
    [
        K("id", Id()), K("remote_id", String()), K("title", String()), K("starting_at", DateTime()), K("ending_at", DateTime()),
        Optional("location", Location()), K("video_conferencing_url", String()), K("application_id", String()), K("stage_id", String()),
        K("canceled", Boolean()), .. RemoteTimes(), .. Times(),
        K("users", Array(Object(K("id", Id()), K("remote_id", String()), K("first_name", String()), K("last_name", String()), Optional("email", String())))),
        K("application", NullableObject(
            K("id", Id()), K("remote_id", String()), K("outcome", Enum(ApplicationOutcome.All)), K("rejection_reason_name", String()),
            K("candidate", CandidateSummary()), K("job", JobSummary()))),
        .. Extras().Where(k => k.Name == "remote_data"),
    ]);

    private static OpenApiSchema Offer() => Object(
    [
        K("id", Id()), K("remote_id", String()), K("status", Enum(OfferStatus.All)), K("employment_start_date", DateTime()),
        K("application_id", String()), CustomFields(), .. Times(), .. RemoteTimes(),
        K("application", NullableObject(K("candidate", CandidateSummary()), K("job", JobSummary()))),
        .. Extras(),
    ]);
}
