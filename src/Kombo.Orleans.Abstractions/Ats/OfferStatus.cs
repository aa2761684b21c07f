namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An offer's <c>status</c> (usual flow DRAFT → APPROVED → SENT → ACCEPTED / DECLINED; ABANDONED = expired or invalid): the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedOffer.Status"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class OfferStatus
{
    public const string Accepted = "ACCEPTED";
    public const string Declined = "DECLINED";
    public const string Sent = "SENT";
    public const string Approved = "APPROVED";
    public const string Draft = "DRAFT";
    public const string Abandoned = "ABANDONED";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Accepted, Declined, Sent, Approved, Draft, Abandoned];
}
