using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Candidates;

/// <summary>The filters of <c>GET /candidates</c>, parsed and validated once.</summary>
public sealed record CandidateSearch(
    string Q, string[] JobIds, string[] Statuses, string? SubStatus, string[] Tags, string[] ConsentStatuses, string[] Locations,
    string[] PropertyIds, string[] SourceValueIds, (string Category, string FieldId, string ValueId)[] Questions, DateTimeOffset? UpdatedAfter)
{
    /// <summary>Whether matching needs the whole candidate (anything beyond update time and "has an application").</summary>
    public bool NeedsCandidate => Q.Length > 0 || JobIds.Length > 0 || Statuses.Length > 0 || Tags.Length > 0 || ConsentStatuses.Length > 0
        || Locations.Length > 0 || PropertyIds.Length > 0 || SourceValueIds.Length > 0 || Questions.Length > 0;

    public static bool TryParse(HttpContext context, out CandidateSearch search, out IResult? error)
    {
        search = null!;
        if (!Query.TryDateTime(context, "updatedAfter", out var updatedAfter, out error))
        {
            return false;
        }

        var query = context.Request.Query;
        var subStatus = query["subStatus"].ToString();
        var statuses = Query.Values(context, "status");
        if (subStatus.Length > 0 && statuses.Length == 0)
        {
            error = SrErrors.BadRequest("INVALID_PARAMETER", "subStatus can only be used together with status.");
            return false;
        }

        var propertyIds = Query.Values(context, "propertyId");
        if (propertyIds.Length != Query.Values(context, "propertyValueId").Length)
        {
            error = SrErrors.BadRequest("FIELDS_CRITERIA_SIZE_VIOLATED", "propertyId and propertyValueId must come in equal numbers.");
            return false;
        }

        var sourceTypes = Query.Values(context, "sourceType");
        var sourceValues = Query.Values(context, "sourceValueId");
        if (sourceTypes.Length != sourceValues.Length || Query.Values(context, "sourceSubType").Length > sourceTypes.Length)
        {
            error = SrErrors.BadRequest("SOURCES_CRITERIA_SIZE_VIOLATED", "sourceType, sourceSubType and sourceValueId must come in equal numbers.");
            return false;
        }

        var categories = Query.Values(context, "questionCategory");
        var fields = Query.Values(context, "questionFieldId");
        var values = Query.Values(context, "questionFieldValueId");
        if (categories.Length != fields.Length || fields.Length != values.Length)
        {
            error = SrErrors.BadRequest("SCREENING_QUESTIONS_CRITERIA_SIZE_VIOLATED", "questionCategory, questionFieldId and questionFieldValueId must come in equal numbers.");
            return false;
        }

        search = new CandidateSearch(query["q"].ToString(), Query.Values(context, "jobId"), statuses, subStatus.Length > 0 ? subStatus : null,
            Query.Values(context, "tag"), Query.Values(context, "consentStatus"), Query.Values(context, "location"), propertyIds, sourceValues,
            categories.Select((c, i) => (c, fields[i], values[i])).ToArray(), updatedAfter);
        return true;
    }

    public bool Matches(SimCandidate c)
    {
        if (Q.Length > 0 && !(Contains(c.FirstName) || Contains(c.LastName) || Contains(c.Email) || Contains($"{c.FirstName} {c.LastName}")))
        {
            return false;
        }

        // Job, status and sub-status filters apply "in the context of a job": one application must satisfy them all.
        if ((JobIds.Length > 0 || Statuses.Length > 0) && !c.Applications.Any(a =>
                (JobIds.Length == 0 || JobIds.Contains(a.JobId, StringComparer.Ordinal))
                && (Statuses.Length == 0 || Statuses.Contains(a.Status, StringComparer.Ordinal))
                && (SubStatus is null || a.SubStatus == SubStatus)))
        {
            return false;
        }

        if (Tags.Length > 0 && !Tags.Any(t => c.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (ConsentStatuses.Length > 0 && !ConsentStatuses.Contains(c.ConsentStatus, StringComparer.Ordinal))
        {
            return false;
        }

        if (Locations.Length > 0 && !Locations.Any(l => string.Equals(l, c.Location?.City, StringComparison.OrdinalIgnoreCase)
                                                          || string.Equals(l, c.Location?.Country, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // Generated candidates carry no single-select candidate properties, so a property filter matches none of them.
        if (PropertyIds.Length > 0)
        {
            return false;
        }

        if (SourceValueIds.Length > 0 && !c.Applications.Any(a => SourceValueIds.Contains(a.Source, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        return Questions.Length == 0 || Questions.All(q => c.Applications.Any(a => a.ScreeningAnswers.Any(answer =>
            answer.Category == q.Category && answer.Records.Any(r => r.Any(f => f.Id == q.FieldId && f.Values.Any(v => v.Id == q.ValueId))))));

        bool Contains(string? value) => value?.Contains(Q, StringComparison.OrdinalIgnoreCase) == true;
    }
}
