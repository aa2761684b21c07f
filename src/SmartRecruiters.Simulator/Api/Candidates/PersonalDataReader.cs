using System.Net.Mail;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Data.Mutations;

namespace SmartRecruiters.Simulator.Api.Candidates;

/// <summary>Reads <c>CandidateInput</c> / <c>PersonalDetails</c> bodies with SmartRecruiters' validation.</summary>
public static class PersonalDataReader
{
    private static readonly string[] WebKeys = ["skype", "linkedin", "facebook", "twitter", "website"];

    public static bool TryRead(JsonObject body, bool requireIdentity, out PersonalData data, out IResult? error)
    {
        data = null!;
        if (!JsonBody.TryString(body, "firstName", out var first, out error)
            || !JsonBody.TryString(body, "lastName", out var last, out error)
            || !JsonBody.TryString(body, "email", out var email, out error)
            || !JsonBody.TryString(body, "phoneNumber", out var phone, out error))
        {
            return false;
        }

        foreach (var (name, value) in new[] { ("firstName", first), ("lastName", last) })
        {
            if ((requireIdentity && string.IsNullOrWhiteSpace(value)) || value is { Length: 0 })
            {
                error = SrErrors.BadRequest("INVALID_REQUEST_BODY", $"'{name}' is required and must not be empty.");
                return false;
            }
        }

        if (requireIdentity && string.IsNullOrWhiteSpace(email))
        {
            error = SrErrors.BadRequest("INVALID_REQUEST_BODY", "'email' is required.");
            return false;
        }

        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            error = SrErrors.BadRequest("INVALID_REQUEST_BODY", $"'email' is not a valid email address: '{email}'.");
            return false;
        }

        SimLocation? location = null;
        if (body["location"] is JsonObject l)
        {
            location = new SimLocation(Text(l, "country"), Text(l, "countryCode"), Text(l, "region"), Text(l, "regionCode"), Text(l, "city"),
                null, null, false, Number(l, "lat"), Number(l, "lng"));
        }
        else if (body["location"] is not null)
        {
            error = SrErrors.BadRequest("INVALID_REQUEST_BODY", "'location' must be an object.");
            return false;
        }

        Dictionary<string, string>? web = null;
        if (body["web"] is JsonObject w)
        {
            web = WebKeys.Where(k => Text(w, k) is { Length: > 0 }).ToDictionary(k => k, k => Text(w, k)!);
        }

        data = new PersonalData(first, last, email, phone, location, web);
        return true;
    }

    private static string? Text(JsonObject obj, string name) => obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static double? Number(JsonObject obj, string name) => obj[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
