using SmartRecruiters.Simulator.Accounts;

namespace SmartRecruiters.Simulator.Auth;

/// <summary>Who is calling: the account and credential an authenticated request acts as.</summary>
public sealed record SimCaller(SimAccount Account, SimCredential Credential)
{
    private const string ItemKey = "sim.caller";

    public static SimCaller? Of(HttpContext context) => context.Items[ItemKey] as SimCaller;

    public static SimCaller Required(HttpContext context) =>
        Of(context) ?? throw new InvalidOperationException("The endpoint requires an authenticated caller.");

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
