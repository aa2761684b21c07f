namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>The event names a subscription may ask for (SmartRecruiters' <c>EventName</c> enum).</summary>
public static class WebhookEventNames
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "job.created", "job.updated", "job.status.updated", "job.hiring-team.updated", "job.ad.created", "job.ad.updated",
        "job.ad.postings.updated", "position.created", "position.updated", "position.deleted", "application.created",
        "application.status.updated", "application.fields.updated", "application.onboarding-status.updated",
        "application.attachment.created", "application.source.updated", "candidate.created", "candidate.updated",
        "candidate.deleted", "offer.created", "offer.updated", "offer.approval.created", "offer.approval.approved",
        "offer.approval.rejected", "offer.approval.abandoned", "offer.approval.step.approved", "offer.approval.step.rejected",
        "offer.approver.skipped", "offer.approver.delegated", "offer.approval.comment.created", "job.approval.created",
        "job.approval.approved", "job.approval.rejected", "job.approval.abandoned", "job.approval.step.approved",
        "job.approval.step.rejected", "job.approver.skipped", "job.approver.delegated", "job.approval.comment.created",
        "review.created", "review.updated", "review.deleted", "application.screening-answers.created",
        "application.screening-answers.updated", "onboarding.process.started", "onboarding.assignments.high-priority.completed",
        "onboarding.assignments.completed",
    };
}
