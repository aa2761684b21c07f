namespace SmartRecruiters.Simulator.Options;

/// <summary>Choices for what SmartRecruiters' documentation leaves open; each can be switched to test a client.</summary>
public sealed class BehaviourOptions
{
    /// <summary>How the last page of a cursor list says so.</summary>
    public LastPageMarker LastPageMarker { get; set; } = LastPageMarker.Empty;

    /// <summary>Whether a 429 carries <c>Retry-After</c> (SmartRecruiters does not document one).</summary>
    public bool RetryAfterOn429 { get; set; }

    /// <summary>Whether changing an application's status moves its candidate's <c>updatedOn</c>.</summary>
    public bool StatusChangeMovesCandidateUpdatedOn { get; set; }

    /// <summary>
    /// Multiplies SmartRecruiters' webhook retry schedule (1 min, 3 min, 10 min, 45 min, 2 h, then
    /// 4 h up to ten attempts); 0.001 turns minutes into tens of milliseconds for tests.
    /// </summary>
    public double WebhookRetryScale { get; set; } = 1.0;
}

public enum LastPageMarker
{
    /// <summary><c>"nextPageId": ""</c>, as observed on <c>/jobs</c>.</summary>
    Empty,

    /// <summary><c>"nextPageId": null</c>.</summary>
    Null,

    /// <summary>No <c>nextPageId</c> property at all.</summary>
    Omitted,
}
