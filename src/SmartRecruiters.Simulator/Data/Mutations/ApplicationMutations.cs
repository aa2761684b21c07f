using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Data.Mutations;

/// <summary>Changes to applications: status moves, interviews and offers. Callers hold the account's lock.</summary>
public sealed class ApplicationMutations(AccountEvents events, SimulatorOptions options)
{
    public static readonly string[] Statuses = ["LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN", "TRANSFERRED"];

    /// <summary>
    /// <c>PUT /candidates/{id}/jobs/{jobId}/status</c> semantics: sub-statuses only (and then required)
    /// under IN_REVIEW, INTERVIEW and OFFERED; a reason only for REJECTED and WITHDRAWN.
    /// </summary>
    public MutationResult ChangeStatus(SimAccount account, SimCandidate candidate, SimApplication application,
        string? status, string? subStatus, string? reasonId, DateTimeOffset? startsOn)
    {
        if (status is null || !Statuses.Contains(status, StringComparer.Ordinal))
        {
            return MutationResult.Fail(400, "INVALID_STATUS", $"status must be one of {string.Join(", ", Statuses)}.");
        }

        var labels = account.Configuration.SubStatusesOf(status, activeOnly: true).ToList();
        if (SimHiringProcess.SubStatusParents.Contains(status))
        {
            if (subStatus is null && labels.Count > 0)
            {
                return MutationResult.Fail(400, "REQUIRED_SUB_STATUS_OMITTED", $"Status {status} requires a sub-status.");
            }

            if (subStatus is not null && !labels.Contains(subStatus, StringComparer.Ordinal))
            {
                return MutationResult.Fail(400, "SUB_STATUS_NOT_FOUND", $"'{subStatus}' is not a sub-status of {status} in an active hiring process.");
            }
        }
        else if (subStatus is not null)
        {
            return MutationResult.Fail(400, "NO_SUB_STATUS_SUPPORT_FOR_STATUS", $"Status {status} has no sub-statuses.");
        }

        SimLabel? reason = null;
        if (reasonId is not null)
        {
            var reasons = status switch
            {
                "REJECTED" => account.Configuration.RejectionReasons,
                "WITHDRAWN" => account.Configuration.WithdrawalReasons,
                _ => null,
            };
            if (reasons is null)
            {
                return MutationResult.Fail(400, "NO_REASON_SUPPORT_FOR_STATUS", $"Status {status} takes no reason.");
            }

            reason = reasons.FirstOrDefault(r => r.Id == reasonId);
            if (reason is null)
            {
                return MutationResult.Fail(400, "REASON_NOT_FOUND", $"Reason '{reasonId}' not found.");
            }
        }

        var previousStatus = application.Status;
        var previousStep = application.SubStatus;
        var now = events.Now;
        application.Status = status;
        application.SubStatus = subStatus;
        application.ReasonOfRejection = status == "REJECTED" ? reason : null;
        application.ReasonOfWithdrawal = status == "WITHDRAWN" ? reason : null;
        application.StartsOn = status == "HIRED" ? startsOn : null;
        application.History.Add(new SimStatusChange(now, status, subStatus));
        if (options.Behaviour.StatusChangeMovesCandidateUpdatedOn)
        {
            candidate.UpdatedOn = now;
        }

        account.Touch();
        events.Audit(account, "JOB_APPLICATION_STATE_MODIFIED", "APPLICATION", application.ApplicationId, new Dictionary<string, string?>
        {
            ["candidateId"] = candidate.Id,
            ["jobId"] = application.JobId,
            ["previousStatus"] = previousStatus,
            ["previousStep"] = previousStep,
            ["currentStatus"] = status,
            ["currentStep"] = subStatus,
        });
        events.Raise(account, "application.status.updated", Payload(application), $"/candidates/{candidate.Id}/jobs/{application.JobId}");
        return MutationResult.Ok;
    }

    public SimInterview AddInterview(SimAccount account, SimApplication application, string organizerId, IReadOnlyList<string> interviewerIds,
        DateTimeOffset startsOn, TimeSpan duration, int timeslots, string? title)
    {
        var now = events.Now;
        var interview = new SimInterview { Id = Guid.NewGuid().ToString(), OrganizerId = organizerId, CreatedOn = now, Source = "API" };
        for (var i = 0; i < timeslots; i++)
        {
            var slot = new SimTimeslot
            {
                Id = Guid.NewGuid().ToString(),
                Title = title,
                InterviewType = "Video",
                StartsOn = startsOn.AddHours(i * 2),
                EndsOn = startsOn.AddHours(i * 2) + duration,
            };
            slot.Interviewers.AddRange(interviewerIds.Select(id => (id, "pending")));
            interview.Timeslots.Add(slot);
        }

        application.Interviews.Add(interview);
        account.Touch();
        return interview;
    }

    public bool RemoveInterview(SimAccount account, SimApplication application, string interviewId)
    {
        var removed = application.Interviews.RemoveAll(i => i.Id == interviewId) > 0;
        if (removed)
        {
            account.Touch();
        }

        return removed;
    }

    public SimOffer AddOffer(SimAccount account, SimApplication application, string status, IReadOnlyDictionary<string, string> properties)
    {
        var now = events.Now;
        var offer = new SimOffer { Id = Guid.NewGuid().ToString(), Status = status, CreatedOn = now, UpdatedOn = now };
        foreach (var (key, value) in properties)
        {
            offer.Properties[key] = value;
        }

        application.Offers.Add(offer);
        account.Touch();
        events.Raise(account, "offer.created", OfferPayload(application, offer), $"/candidates/{application.CandidateId}/jobs/{application.JobId}/offers/{offer.Id}");
        return offer;
    }

    public void ChangeOfferStatus(SimAccount account, SimApplication application, SimOffer offer, string status)
    {
        offer.Status = status;
        offer.UpdatedOn = events.Now;
        account.Touch();
        if (status is "ACCEPTED" or "NOT_ACCEPTED")
        {
            events.Audit(account, status == "ACCEPTED" ? "OFFER_ACCEPTED" : "OFFER_DECLINED", "OFFER", offer.Id);
        }

        events.Raise(account, "offer.updated", OfferPayload(application, offer), $"/candidates/{application.CandidateId}/jobs/{application.JobId}/offers/{offer.Id}");
    }

    public static Dictionary<string, string> Payload(SimApplication application) => new()
    {
        ["job_id"] = application.JobId,
        ["candidate_id"] = application.CandidateId,
        ["application_id"] = application.ApplicationId,
    };

    private static Dictionary<string, string> OfferPayload(SimApplication application, SimOffer offer) => new()
    {
        ["job_id"] = application.JobId,
        ["candidate_id"] = application.CandidateId,
        ["offer_id"] = offer.Id,
    };
}
