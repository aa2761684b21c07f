namespace Kombo.Orleans.Tests.Queries;

using Kombo.Orleans.Abstractions.Queries;
using static Kombo.Orleans.Tests.Queries.SdkShape;

/// <summary>Each endpoint's result shape as Kombo's TypeScript SDK (@kombo-api/sdk 1.1.3) validates it (its response schemas, restated here as data).</summary>
public static class KomboSdkShapes
{
    private static readonly SdkShape Location = Obj(
        ("city", Str.Opt), ("country", Str.Opt), ("raw", Str.Opt), ("state", Str.Opt), ("street_1", Str.Opt), ("street_2", Str.Opt), ("zip_code", Str.Opt)).Opt;

    private static readonly SdkShape EmailAddresses = Arr(Obj(("email_address", Str.Opt), ("type", Str.Opt)));

    private static readonly SdkShape PhoneNumbers = Arr(Obj(("phone_number", Str), ("type", Str.Opt)));

    private static readonly SdkShape SocialMedia = Arr(Obj(("link", Str.Opt), ("type", Str.Opt), ("username", Str.Opt)));

    private static readonly SdkShape Role = Obj(("remote_id", Str.OrNull), ("remote_label", Str.OrNull), ("scope", Str.OrNull), ("unified_type", Str.OrNull));

    private static readonly SdkShape JobRef = Obj(("id", Str), ("remote_id", Str), ("name", Str.OrNull)).OrNull;

    private static readonly SdkShape StageRef = Obj(("id", Str), ("remote_id", Str.OrNull), ("name", Str.OrNull), ("index", Num.OrNull)).OrNull;

    private static readonly SdkShape Times = Obj(("changed_at", Str), ("remote_deleted_at", Str.OrNull));

    private static readonly Dictionary<AtsEndpoint, SdkShape[]> Shapes = new()
    {
        [AtsEndpoint.Jobs] =
        [
            Times,
            Obj(
                ("id", Str), ("remote_id", Str), ("name", Str.OrNull), ("job_code", Str.OrNull), ("description", Str.OrNull), ("confidential", Bool.OrNull),
                ("weekly_hours", Num.OrNull), ("employment_type", Str.Opt), ("status", Str.Opt), ("visibility", Str.Opt), ("category", Str.OrNull),
                ("department", Str.OrNull), ("post_url", Str.OrNull), ("experience_level", Str.OrNull), ("remote_work_status", Str.Opt),
                ("salary_amount", Num.OrNull), ("salary_amount_from", Num.OrNull), ("salary_amount_to", Num.OrNull), ("salary_currency", Str.OrNull),
                ("salary_period", Str.Opt), ("location", Location), ("custom_fields", Map.OrNull), ("remote_url", Str.OrNull), ("opened_at", Str.OrNull),
                ("closed_at", Str.OrNull), ("remote_created_at", Str.OrNull), ("remote_updated_at", Str.OrNull), ("contact_id", Str.OrNull),
                ("stages", Arr(Obj(("id", Str), ("remote_id", Str.OrNull), ("name", Str.OrNull), ("index", Num.Opt)))),
                ("screening_questions", Arr(Obj(
                    ("id", Str), ("remote_id", Str.OrNull), ("title", Str.OrNull), ("description", Str.OrNull), ("format", Obj(("type", Str)).Opt),
                    ("category", Str.OrNull), ("index", Num.Opt), ("required", Bool.OrNull), ("precondition_question_id", Str.Opt), ("precondition_options", Arr(Anything).Opt)))),
                ("job_postings", Arr(Obj(
                    ("id", Str), ("remote_id", Str.OrNull), ("title", Str.OrNull), ("description_html", Str.OrNull), ("status", Str.OrNull),
                    ("visibility", Str.OrNull), ("url", Str.OrNull)))),
                ("hiring_team", Arr(Obj(
                    ("id", Str), ("remote_id", Str.OrNull), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("email", Str.Opt),
                    ("hiring_team_roles", Arr(Str)), ("job_roles", Arr(Role))))))
        ],
        [AtsEndpoint.Candidates] =
        [
            Times,
            Obj(
                ("id", Str), ("remote_id", Str), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("company", Str.OrNull), ("title", Str.OrNull),
                ("confidential", Bool.OrNull), ("source", Str.OrNull), ("phone_numbers", PhoneNumbers), ("email_addresses", EmailAddresses),
                ("social_media", SocialMedia), ("location", Location), ("custom_fields", Map.OrNull), ("remote_url", Str.OrNull),
                ("remote_created_at", Str.OrNull), ("remote_updated_at", Str.OrNull),
                ("applications", Arr(Obj(
                    ("id", Str), ("remote_id", Str.OrNull), ("outcome", Str.OrNull), ("rejection_reason_name", Str.OrNull), ("rejected_at", Str.OrNull),
                    ("remote_url", Str.OrNull), ("changed_at", Str), ("remote_created_at", Str.OrNull), ("remote_updated_at", Str.OrNull),
                    ("current_stage", StageRef), ("job", JobRef)))),
                ("tags", Arr(Obj(("id", Str), ("name", Str.OrNull), ("remote_id", Str.OrNull)))))
        ],
        [AtsEndpoint.Applications] =
        [
            Times,
            Obj(
                ("id", Str), ("remote_id", Str.OrNull), ("outcome", Str.OrNull), ("rejection_reason_name", Str.OrNull), ("rejected_at", Str.OrNull),
                ("current_stage_id", Str.OrNull), ("job_id", Str.OrNull), ("candidate_id", Str.OrNull),
                ("screening_question_answers", Arr(Obj(("answer", Map), ("question", Obj(("remote_id", Str.OrNull), ("title", Str), ("type", Str.Opt)))))),
                ("custom_fields", Map.OrNull), ("remote_url", Str.OrNull), ("remote_created_at", Str.OrNull), ("remote_updated_at", Str.OrNull),
                ("candidate", Obj(
                    ("id", Str), ("remote_id", Str), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("email_addresses", EmailAddresses),
                    ("phone_numbers", PhoneNumbers), ("social_media", SocialMedia), ("source", Str.OrNull), ("remote_url", Str.OrNull),
                    ("tags", Arr(Obj(("id", Str), ("remote_id", Str.OrNull), ("name", Str.OrNull))))).OrNull),
                ("current_stage", StageRef), ("job", JobRef),
                ("interviews", Arr(Obj(
                    ("id", Str), ("remote_id", Str.OrNull), ("title", Str.OrNull), ("starting_at", Str.OrNull), ("ending_at", Str.OrNull), ("location", Location),
                    ("canceled", Bool.OrNull)))),
                ("offers", Arr(Obj(("id", Str), ("remote_id", Str.OrNull), ("status", Str.OrNull)))))
        ],
        [AtsEndpoint.Users] =
        [
            Times,
            Obj(("id", Str), ("remote_id", Str.OrNull), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("email", Str.Opt), ("status", Str.OrNull), ("system_roles", Arr(Role)))
        ],
        [AtsEndpoint.Roles] = [Times, Obj(("id", Str), ("remote_id", Str.OrNull), ("remote_label", Str.OrNull), ("scope", Str.OrNull), ("unified_type", Str.OrNull))],
        [AtsEndpoint.Tags] = [Times, Obj(("id", Str), ("remote_id", Str.OrNull), ("name", Str.OrNull))],
        [AtsEndpoint.ApplicationStages] = [Times, Obj(("id", Str), ("remote_id", Str.OrNull), ("name", Str.OrNull))],
        [AtsEndpoint.Interviews] =
        [
            Times,
            Obj(
                ("id", Str), ("remote_id", Str.OrNull), ("title", Str.OrNull), ("starting_at", Str.OrNull), ("ending_at", Str.OrNull), ("location", Location),
                ("video_conferencing_url", Str.OrNull), ("application_id", Str.OrNull), ("stage_id", Str.OrNull), ("canceled", Bool.OrNull),
                ("remote_created_at", Str.OrNull), ("remote_updated_at", Str.OrNull),
                ("users", Arr(Obj(("id", Str), ("remote_id", Str.OrNull), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("email", Str.Opt)))),
                ("application", Obj(
                    ("id", Str), ("remote_id", Str.OrNull), ("outcome", Str.OrNull), ("rejection_reason_name", Str.OrNull),
                    ("candidate", Obj(("id", Str), ("remote_id", Str), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("email_addresses", EmailAddresses)).OrNull),
                    ("job", JobRef)).OrNull))
        ],
        [AtsEndpoint.Offers] =
        [
            Times,
            Obj(
                ("id", Str), ("remote_id", Str.OrNull), ("status", Str.OrNull), ("employment_start_date", Str.OrNull), ("application_id", Str.OrNull),
                ("custom_fields", Map.OrNull), ("remote_created_at", Str.OrNull), ("remote_updated_at", Str.OrNull),
                ("application", Obj(
                    ("candidate", Obj(("id", Str), ("remote_id", Str), ("first_name", Str.OrNull), ("last_name", Str.OrNull), ("email_addresses", EmailAddresses)).OrNull),
                    ("job", JobRef)).OrNull))
        ],
        [AtsEndpoint.RejectionReasons] = [Times, Obj(("id", Str), ("remote_id", Str), ("name", Str.OrNull))],
    };

    /// <summary>What is wrong with one result of <paramref name="endpoint"/>; empty when the SDK would accept it.</summary>
    public static IReadOnlyList<string> Problems(AtsEndpoint endpoint, System.Text.Json.JsonElement result)
    {
        var errors = new List<string>();
        foreach (var shape in Shapes[endpoint])
        {
            shape.Check(result, AtsEndpoints.Path(endpoint), errors);
        }

        return errors;
    }
}
