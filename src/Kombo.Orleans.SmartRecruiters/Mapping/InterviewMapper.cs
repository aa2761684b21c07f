using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// A SmartRecruiters interview (<c>GET /interviews-api/v201904/interviews?applicationId=</c>) → one
/// <see cref="UnifiedInterview"/> per timeslot (MAPPING.md, Interviews): remote_id = timeslot id, title = timeslot
/// title else its interview type, starting_at / ending_at, location {raw: the timeslot's place, else the
/// interview's location}, application_id, remote_created_at = the interview's createdOn, canceled = false (an
/// interview that disappears is cancelled by the engine).
/// </summary>
public static class InterviewMapper
{
    /// <summary>The Interview API's path of one interview (<c>remote_data</c> key).</summary>
    public static string Path(string interviewId) => string.Concat("/interviews-api/v201904/interviews/", interviewId);

    /// <summary>Why the interview cannot be mapped (null when it can): it needs an id, and each timeslot its own id.</summary>
    public static string? Validate(InterviewDto interview)
    {
        if (string.IsNullOrWhiteSpace(interview.Id))
        {
            return "interview without id";
        }

        var slots = interview.Timeslots ?? [];
        for (var i = 0; i < slots.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(slots[i]?.Id))
            {
                return $"interview {interview.Id}: timeslot {i} without id";
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(slots[j]!.Id, slots[i]!.Id, StringComparison.Ordinal))
                {
                    return $"interview {interview.Id}: timeslot id {slots[i]!.Id} listed twice";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The interview's timeslots as unified interviews. <paramref name="applicationRemoteId"/> is the remote id
    /// of the application the interviews were listed for (<see cref="ApplicationMapper.RemoteId(ApplicationDto)"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The interview fails <see cref="Validate"/>.</exception>
    public static IReadOnlyList<UnifiedInterview> Map(MappingContext ctx, InterviewDto interview, string applicationRemoteId)
    {
        if (Validate(interview) is { } problem)
        {
            throw new ArgumentException(problem, nameof(interview));
        }

        var slots = interview.Timeslots;
        if (slots is null || slots.Count == 0)
        {
            return [];
        }

        var applicationId = ctx.Id(UnifiedModels.Application, applicationRemoteId);
        var path = Path(interview.Id!);
        var raw = RawJson.Serialize(interview, SmartRecruitersJson.Options);
        var result = new UnifiedInterview[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var place = Labels.NullIfEmpty(slot.Place) ?? Labels.NullIfEmpty(interview.Location);
            result[i] = new UnifiedInterview(
                Id: ctx.Id(UnifiedModels.Interview, slot.Id!),
                RemoteId: slot.Id!,
                Title: Labels.NullIfEmpty(slot.Title) ?? Labels.NullIfEmpty(slot.InterviewType),
                StartingAt: slot.StartsOn?.ToUniversalTime(),
                EndingAt: slot.EndsOn?.ToUniversalTime(),
                Location: place is null ? null : new UnifiedLocation(null, null, place, null, null, null, null),
                VideoConferencingUrl: null,
                ApplicationId: applicationId,
                StageId: null,
                Canceled: false,
                RemoteCreatedAt: interview.CreatedOn?.ToUniversalTime(),
                RemoteUpdatedAt: null,
                RemoteData: RemoteData.Of((path, raw)),
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null);
        }

        return result;
    }
}
