using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Data.Mutations;

namespace SmartRecruiters.Simulator.Api.Candidates;

/// <summary>
/// Candidate writes: create on a job, personal details, application status, tags, attachments,
/// deletion. Each validates as SmartRecruiters documents and answers its documented status.
/// </summary>
public static class CandidateWritesApi
{
    public const int MaxAttachmentsPerApplication = 50;
    private static readonly string[] AttachmentTypes = ["GENERIC_FILE", "RESUME", "COVER_LETTER"];

    public static IEndpointRouteBuilder MapCandidateWritesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/jobs/{jobId}/candidates", CreateOnJobAsync).Sr(Scopes.CandidatesCreate);
        var candidates = app.MapGroup("/candidates");
        candidates.MapPatch("/{id}", UpdateAsync).Sr(Scopes.CandidatesManage);
        candidates.MapDelete("/{id}", Delete).Sr(Scopes.CandidatesManage);
        candidates.MapPut("/{id}/jobs/{jobId}/status", ChangeStatusAsync).Sr(Scopes.CandidatesManage);
        candidates.MapPost("/{id}/tags", (HttpContext c, string id, CandidateMutations m) => TagsAsync(c, id, m, replace: false)).Sr(Scopes.CandidatesManage);
        candidates.MapPut("/{id}/tags", (HttpContext c, string id, CandidateMutations m) => TagsAsync(c, id, m, replace: true)).Sr(Scopes.CandidatesManage);
        candidates.MapDelete("/{id}/tags", DeleteTags).Sr(Scopes.CandidatesManage);
        candidates.MapPost("/{id}/jobs/{jobId}/attachments", AttachAsync).Sr(Scopes.CandidatesCreate).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CreateOnJobAsync(HttpContext context, string jobId, CandidateMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (!PersonalDataReader.TryRead(body, requireIdentity: true, out var data, out error)
            || !JsonBody.TryStringArray(body, "tags", out var tags, out error))
        {
            return error!;
        }

        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            if (!account.JobsById.TryGetValue(jobId, out var job))
            {
                return SrErrors.NotFound("JOB_NOT_FOUND", "Job not found.");
            }

            if (!TryResolveSource(account, body["sourceDetails"], out var source, out error))
            {
                return error!;
            }

            var (candidate, _, _) = mutations.CreateOnJob(account, job, data, tags, source);
            return Respond.Json(context, CandidateDetailsDto.From(context, candidate, account.JobsById), StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, CandidateMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (!PersonalDataReader.TryRead(body, requireIdentity: false, out var data, out error))
        {
            return error!;
        }

        return WithCandidateForUpdate(context, id, (account, candidate) =>
        {
            var result = mutations.UpdatePersonal(account, candidate, data);
            return result.Succeeded ? Respond.Json(context, CandidateDetailsDto.From(context, candidate, account.JobsById)) : result.ToErrorResult();
        });
    }

    private static IResult Delete(HttpContext context, string id, CandidateMutations mutations)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return mutations.Delete(account, id) ? TypedResults.NoContent() : SrErrors.NotFound("CANDIDATE_NOT_FOUND", "Candidate not found.");
        }
    }

    private static async Task<IResult> ChangeStatusAsync(HttpContext context, string id, string jobId, ApplicationMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (!JsonBody.TryString(body, "status", out var status, out error) || !JsonBody.TryString(body, "subStatus", out var subStatus, out error)
            || !JsonBody.TryString(body, "reason", out var reason, out error) || !JsonBody.TryString(body, "startsOn", out var startsOnText, out error))
        {
            return error!;
        }

        DateTimeOffset? startsOn = null;
        if (startsOnText is not null)
        {
            if (!DateTimeOffset.TryParse(startsOnText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return SrErrors.BadRequest("INVALID_REQUEST_BODY", "'startsOn' must be an ISO-8601 date-time.");
            }

            startsOn = parsed;
        }

        return WithCandidateForUpdate(context, id, (account, candidate) =>
        {
            if (candidate.ApplicationFor(jobId) is not { } application)
            {
                return SrErrors.NotFound("JOB_NOT_FOUND", "Candidate is not assigned to given job.");
            }

            var result = mutations.ChangeStatus(account, candidate, application, status, subStatus, reason, startsOn);
            return result.Succeeded ? TypedResults.NoContent() : result.ToErrorResult();
        });
    }

    private static async Task<IResult> TagsAsync(HttpContext context, string id, CandidateMutations mutations, bool replace)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (!JsonBody.TryStringArray(body, "tags", out var tags, out error))
        {
            return error!;
        }

        return WithCandidateForUpdate(context, id, (account, candidate) =>
        {
            var result = mutations.SetTags(account, candidate, tags, replace);
            return result.Succeeded ? Respond.Json(context, new TagsDto(candidate.Tags), StatusCodes.Status201Created) : result.ToErrorResult();
        });
    }

    private static IResult DeleteTags(HttpContext context, string id, CandidateMutations mutations) => WithCandidateForUpdate(context, id, (account, candidate) =>
    {
        mutations.SetTags(account, candidate, [], replace: true);
        return TypedResults.NoContent();
    });

    private static async Task<IResult> AttachAsync(HttpContext context, string id, string jobId, AccountEvents events)
    {
        if (!context.Request.HasFormContentType)
        {
            return SrErrors.BadRequest("INVALID_FILE", "Send multipart/form-data with 'attachmentType' and 'file'.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var type = form["attachmentType"].FirstOrDefault() ?? "GENERIC_FILE";
        if (!AttachmentTypes.Contains(type, StringComparer.Ordinal))
        {
            return SrErrors.BadRequest("INVALID_REQUEST_BODY", $"attachmentType must be one of {string.Join(", ", AttachmentTypes)}.");
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return SrErrors.BadRequest("INVALID_FILE", "A non-empty 'file' part is required.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        return WithCandidateForUpdate(context, id, (account, candidate) =>
        {
            if (candidate.ApplicationFor(jobId) is not { } application)
            {
                return SrErrors.NotFound("JOB_NOT_FOUND", "Candidate is not assigned to given job.");
            }

            if (application.Attachments.Any(a => a.Name == file.FileName))
            {
                return SrErrors.BadRequest("FILE_ALREADY_EXIST", $"A file named '{file.FileName}' is already attached.");
            }

            if (application.Attachments.Count >= MaxAttachmentsPerApplication)
            {
                return SrErrors.Unprocessable("ATTACHMENT_LIMIT_EXCEEDED", "No more files can be added to this application.");
            }

            var attachment = new SimAttachment(Guid.NewGuid().ToString(), file.FileName, type, file.ContentType ?? "application/octet-stream", buffer.ToArray());
            application.Attachments.Add(attachment);
            account.Touch();
            var payload = ApplicationMutations.Payload(application);
            payload["attachment_id"] = attachment.Id;
            events.Raise(account, "application.attachment.created", payload, $"/candidates/{candidate.Id}/jobs/{jobId}/attachments");
            return Respond.Json(context, AttachmentDto.From(context, attachment), StatusCodes.Status201Created);
        });
    }

    private static bool TryResolveSource(SimAccount account, JsonNode? node, out string source, out IResult? error)
    {
        source = "API";
        error = null;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonObject details || !JsonBody.TryString(details, "sourceTypeId", out var typeId, out error)
            || !JsonBody.TryString(details, "sourceSubTypeId", out var subTypeId, out error) || !JsonBody.TryString(details, "sourceId", out var sourceId, out error))
        {
            error ??= SrErrors.BadRequest("INVALID_REQUEST_BODY", "'sourceDetails' must be an object.");
            return false;
        }

        if (string.IsNullOrEmpty(typeId) || string.IsNullOrEmpty(sourceId))
        {
            error = SrErrors.BadRequest("INVALID_REQUEST_BODY", "sourceDetails needs sourceTypeId and sourceId.");
            return false;
        }

        var type = account.Configuration.Sources.FirstOrDefault(s => s.TypeId == typeId);
        if (type.TypeId is null)
        {
            error = SrErrors.NotFound("SOURCE_TYPE_NOT_FOUND", $"Source type '{typeId}' does not exist.");
            return false;
        }

        if (type.SubTypes.Length > 0 && (subTypeId is null || !type.SubTypes.Contains(subTypeId)))
        {
            error = SrErrors.BadRequest("SUBTYPE_REQUIRED", $"Source type '{typeId}' needs one of the sub-types {string.Join(", ", type.SubTypes)}.");
            return false;
        }

        var value = type.Values.FirstOrDefault(v => v.Id == sourceId);
        if (value is null)
        {
            error = SrErrors.BadRequest("INVALID_SOURCE_ID", $"'{sourceId}' is not a source of type '{typeId}'.");
            return false;
        }

        source = value.Label;
        return true;
    }

    internal static IResult WithCandidateForUpdate(HttpContext context, string id, Func<SimAccount, SimCandidate, IResult> action)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return account.Candidates.TryFind(id, out var index) && account.Candidates.GetForUpdate(index) is { } candidate
                ? action(account, candidate)
                : SrErrors.NotFound("CANDIDATE_NOT_FOUND", "Candidate not found.");
        }
    }
}
