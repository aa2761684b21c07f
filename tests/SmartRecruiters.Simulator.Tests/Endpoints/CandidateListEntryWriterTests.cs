namespace SmartRecruiters.Simulator.Tests.Endpoints;

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Api.Candidates;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidateListEntryWriterTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    [Fact]
    public void The_fast_entry_writer_produces_exactly_the_serialized_list_entry()
    {
        var account = shared.Simulator.Host.Accounts.Accounts[0];
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1:5090");

        lock (account.Sync)
        {
            foreach (var index in Enumerable.Range(0, account.Candidates.Capacity))
            {
                var candidate = account.Candidates.Get(index)!;
                var expected = JsonSerializer.Serialize(CandidateListItemDto.From(context, candidate, account.JobsById), SimJson.Options);
                var written = Encoding.UTF8.GetString(CandidateListEntryWriter.Serialize(candidate, "http://127.0.0.1:5090", account.JobsById));
                Assert.Equal(expected, written);
            }

            // Entries with what generated data never has: no location, no email, a created candidate.
            var bare = account.Candidates.Get(0)!;
            bare.Location = null;
            bare.Email = null;
            Assert.Equal(JsonSerializer.Serialize(CandidateListItemDto.From(context, bare, account.JobsById), SimJson.Options),
                Encoding.UTF8.GetString(CandidateListEntryWriter.Serialize(bare, "http://127.0.0.1:5090", account.JobsById)));
        }
    }
}
