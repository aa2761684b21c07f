using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data;

namespace SmartRecruiters.Simulator.Api.Messages;

/// <summary><c>POST /messages/shares</c>: notes on Hireloop, with @-mentions, #-tagged candidates and sharing options.</summary>
public static partial class MessagesApi
{
    private const int MaxRecipients = 100;

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/messages/shares", ShareAsync).Sr(Scopes.MessagesWrite);
        return app;
    }

    private static async Task<IResult> ShareAsync(HttpContext context, AccountEvents events)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (!JsonBody.TryString(body, "content", out var content, out error))
        {
            return error!;
        }

        if (content is not { Length: >= 1 and <= 10_000 })
        {
            return SrErrors.BadRequest("INVALID_REQUEST_BODY", "'content' is required, 1 to 10000 characters.");
        }

        var shareWith = body["shareWith"] as JsonObject ?? [];
        if (!JsonBody.TryStringArray(shareWith, "users", out var users, out error) || !JsonBody.TryStringArray(shareWith, "hiringTeamOf", out var jobs, out error))
        {
            return error!;
        }

        var everyone = shareWith["everyone"] is JsonValue e && e.TryGetValue<bool>(out var ev) && ev;
        var openNote = shareWith["openNote"] is JsonValue o && o.TryGetValue<bool>(out var on) && on;
        if (everyone && openNote)
        {
            return SrErrors.BadRequest("INVALID_VISIBILITY_OPTIONS", "openNote and everyone cannot both be set.");
        }

        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            if (jobs.FirstOrDefault(j => !account.JobsById.ContainsKey(j)) is { } missingJob)
            {
                return SrErrors.BadRequest("JOB_NOT_FOUND", $"Job '{missingJob}' does not exist.");
            }

            var candidateTags = CandidateTag().Matches(content).Select(m => m.Groups[1].Value).ToList();
            if (candidateTags.FirstOrDefault(c => account.Candidates.Find(c) is null) is { } missingCandidate)
            {
                return SrErrors.BadRequest("NO_ACCESS_TO_CANDIDATE", $"No access to candidate '{missingCandidate}'.");
            }

            var mentions = UserMention().Matches(content).Select(m => m.Groups[1].Value).ToList();
            if (mentions.FirstOrDefault(u => !account.UsersById.ContainsKey(u)) is { } missingMention)
            {
                return SrErrors.BadRequest("MENTIONED_USERS_NOT_FOUND", $"Mentioned user '{missingMention}' does not exist.");
            }

            if (users.FirstOrDefault(u => !account.UsersById.ContainsKey(u)) is { } missingUser)
            {
                return SrErrors.BadRequest("SHARED_WITH_USERS_NOT_FOUND", $"User '{missingUser}' does not exist.");
            }

            var recipients = users.Concat(mentions).Concat(jobs.SelectMany(j => account.JobsById[j].HiringTeam.Select(m => m.UserId))).Distinct().Count();
            if (recipients > MaxRecipients)
            {
                return SrErrors.BadRequest("TOO_MANY_RECIPIENTS", $"At most {MaxRecipients} recipients.");
            }

            var id = Guid.NewGuid().ToString();
            account.Messages.Add((id, content, events.Now));
            account.Touch();
            return Respond.Json(context, new MessageDetailsDto(id, !everyone && !openNote && recipients == 0), StatusCodes.Status201Created);
        }
    }

    [GeneratedRegex(@"#\[CANDIDATE:([^\]]+)\]")]
    private static partial Regex CandidateTag();

    [GeneratedRegex(@"@\[USER:([^\]]+)\]")]
    private static partial Regex UserMention();
}

public sealed record MessageDetailsDto(string Id, bool ShareRequired);
