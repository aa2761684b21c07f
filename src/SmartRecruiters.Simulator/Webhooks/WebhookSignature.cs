using System.Security.Cryptography;
using System.Text;

namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>
/// SmartRecruiters' v1 callback signature: HMAC-SHA256 with the subscription's secret key over
/// <c>timestamp.body.event-id.event-name.event-version.link</c> (an absent header counts as ""),
/// sent as <c>smartrecruiters-signature: v1=&lt;hex&gt;</c>.
/// </summary>
public static class WebhookSignature
{
    public static string Compute(string secretKey, string timestamp, string body, string eventId, string eventName, string eventVersion, string? link)
    {
        var signed = string.Join('.', timestamp, body, eventId, eventName, eventVersion, link ?? "");
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(signed));
        return "v1=" + Convert.ToHexStringLower(hash);
    }
}
