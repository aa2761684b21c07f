namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using System.Net;
using System.Net.Http.Json;
using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>The audit log holds only changes, so these tests make some (on their own simulator).</summary>
public sealed class AuditDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Audit_events_deserialize_with_their_cursor_and_context()
    {
        var reason = (await sim.GetAsync<ContentListDto<IdLabelDto>>("/configuration/rejection-reasons")).Content![0];
        var rejected = new List<(string CandidateId, string JobId)>();
        await foreach (var candidate in sim.CandidatesAsync("&status=NEW"))
        {
            if (candidate.PrimaryAssignment is { Status: "NEW", Job.Id: { } jobId })
            {
                using var response = await sim.Http.PutAsJsonAsync($"/candidates/{candidate.Id}/jobs/{jobId}/status",
                    new { status = "REJECTED", reason = reason.Id }, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
                rejected.Add((candidate.Id!, jobId));
                if (rejected.Count == 2)
                {
                    break;
                }
            }
        }

        Assert.Equal(2, rejected.Count);

        var first = await sim.GetAsync<PageDto<AuditEventDto>>("/audit-api/v201910/audit-events?eventName=JOB_APPLICATION_STATE_MODIFIED&limit=1");

        Assert.Equal(1, first.Limit);
        Assert.False(string.IsNullOrEmpty(first.NextPageId));
        var second = await sim.GetAsync<PageDto<AuditEventDto>>(
            $"/audit-api/v201910/audit-events?eventName=JOB_APPLICATION_STATE_MODIFIED&limit=1&nextPageId={Uri.EscapeDataString(first.NextPageId!)}");
        Assert.True(string.IsNullOrEmpty(second.NextPageId));

        var events = first.Content!.Concat(second.Content!).ToList();
        Assert.Equal(2, events.Count);
        Assert.True(events[0].EventDate <= events[1].EventDate);
        for (var i = 0; i < 2; i++)
        {
            var e = events[i];
            Assert.True(Guid.TryParse(e.Id, out _));
            Assert.Equal("JOB_APPLICATION_STATE_MODIFIED", e.EventName);
            Assert.NotNull(e.EventDate);
            Assert.InRange(e.EventDate!.Value, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
            Assert.Equal("USER", e.AuthorType);
            Assert.Matches("^[0-9a-f]{24}$", e.AuthorId);
            Assert.Equal("APPLICATION", e.EntityType);
            Assert.True(Guid.TryParse(e.EntityId, out _));
            Assert.Equal(rejected[i].CandidateId, e.Context!["candidateId"].GetString());
            Assert.Equal(rejected[i].JobId, e.Context["jobId"].GetString());
            Assert.Equal("NEW", e.Context["previousStatus"].GetString());
            Assert.Equal("REJECTED", e.Context["currentStatus"].GetString());

            var application = await sim.GetAsync<ApplicationDto>($"/candidates/{rejected[i].CandidateId}/jobs/{rejected[i].JobId}");
            Assert.Equal(application.ApplicationId, e.EntityId);
            Assert.Equal(reason, application.ReasonOfRejection);
        }
    }
}
