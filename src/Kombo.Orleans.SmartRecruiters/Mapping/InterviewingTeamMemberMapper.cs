using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// A SmartRecruiters interview's timeslot interviewers → <see cref="UnifiedInterviewingTeamMember"/>s
/// (interview_id = the timeslot's unified interview, user_id = the interviewer's unified user), one per
/// (timeslot, user). The record's id derives from the remote id <c>{timeslotId}:{userId}</c>.
/// </summary>
public static class InterviewingTeamMemberMapper
{
    /// <summary>Why the interview's team cannot be mapped (null when it can): as <see cref="InterviewMapper.Validate"/>.</summary>
    public static string? Validate(InterviewDto interview) => InterviewMapper.Validate(interview);

    /// <summary>The composite remote id the member's id derives from.</summary>
    public static string RemoteId(string timeslotId, string userId) => string.Concat(timeslotId, ":", userId);

    /// <summary>Every (timeslot, interviewer) of the interview; interviewers without an id and repeats within a timeslot are skipped.</summary>
    /// <exception cref="ArgumentException">The interview fails <see cref="Validate"/>.</exception>
    public static IReadOnlyList<UnifiedInterviewingTeamMember> Map(MappingContext ctx, InterviewDto interview)
    {
        if (Validate(interview) is { } problem)
        {
            throw new ArgumentException(problem, nameof(interview));
        }

        var result = new List<UnifiedInterviewingTeamMember>();
        foreach (var slot in interview.Timeslots ?? [])
        {
            var interviewId = ctx.Id(UnifiedModels.Interview, slot.Id!);
            var first = result.Count;
            foreach (var interviewer in slot.Interviewers ?? [])
            {
                if (Labels.NullIfEmpty(interviewer?.Id) is not { } userId)
                {
                    continue;
                }

                var id = ctx.Id(UnifiedModels.InterviewingTeamMember, RemoteId(slot.Id!, userId));
                if (Contains(result, first, id))
                {
                    continue;
                }

                result.Add(new UnifiedInterviewingTeamMember(
                    Id: id,
                    InterviewId: interviewId,
                    UserId: ctx.Id(UnifiedModels.User, userId),
                    ChangedAt: ctx.ObservedAt,
                    RemoteDeletedAt: null));
            }
        }

        return result;
    }

    private static bool Contains(List<UnifiedInterviewingTeamMember> members, int from, string id)
    {
        for (var i = from; i < members.Count; i++)
        {
            if (string.Equals(members[i].Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
