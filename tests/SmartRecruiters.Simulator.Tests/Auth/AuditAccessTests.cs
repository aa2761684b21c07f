namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>The audit API needs <c>audit_events_read</c> and the ADMINISTRATOR role.</summary>
public sealed class AuditAccessTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string AuditEvents = "/audit-api/v201910/audit-events";

    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Non_admin_with_audit_events_read_is_403_PERMISSION_DENIED()
    {
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["audit_events_read"], admin: false));

        using var response = await client.GetAsync(AuditEvents, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Admin_with_audit_events_read_is_200()
    {
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["audit_events_read"], admin: true));

        using var response = await client.GetAsync(AuditEvents, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Admin_without_audit_events_read_is_403()
    {
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidates_read"], admin: true));

        using var response = await client.GetAsync(AuditEvents, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Default_account_key_is_an_admin_and_reads_audit_events()
    {
        using var response = await Sim.Http.GetAsync(AuditEvents, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
