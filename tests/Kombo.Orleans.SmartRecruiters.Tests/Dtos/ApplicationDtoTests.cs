namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>Everything under <c>/candidates/{id}/jobs/{jobId}</c>, offers and interviews.</summary>
public sealed class ApplicationDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Application_deserializes()
    {
        var (candidate, assignment) = await sim.FindAssignmentAsync("HIRED");

        var application = await sim.GetAsync<ApplicationDto>($"/candidates/{candidate.Id}/jobs/{assignment.Job!.Id}");

        Assert.True(Guid.TryParse(application.ApplicationId, out _));
        Assert.Equal(candidate.Id, application.CandidateId);
        Assert.Equal(assignment.Job.Id, application.JobId);
        Assert.Equal("HIRED", application.Status);
        Assert.Equal(assignment.StartsOn, application.StartsOn);
        Assert.NotNull(application.StartsOn);
        Assert.Equal(assignment.Source, application.Source);
        Assert.Null(application.ReasonOfRejection);
        Assert.EndsWith("/source", application.Actions?.SourceDetails?.Url, StringComparison.Ordinal);
        Assert.EndsWith($"/candidates/{candidate.Id}/jobs/{assignment.Job.Id}", application.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_application_deserializes_with_its_reason_and_sub_status_is_kept()
    {
        var (candidate, assignment) = await sim.FindAssignmentAsync("REJECTED");

        var application = await sim.GetAsync<ApplicationDto>($"/candidates/{candidate.Id}/jobs/{assignment.Job!.Id}");

        Assert.Equal("REJECTED", application.Status);
        Assert.Equal(assignment.ReasonOfRejection, application.ReasonOfRejection);
        Assert.False(string.IsNullOrEmpty(application.ReasonOfRejection?.Id));

        var (inReview, reviewed) = await sim.FindAssignmentAsync("IN_REVIEW", (_, a) => Task.FromResult(a.SubStatus is not null));
        var underReview = await sim.GetAsync<ApplicationDto>($"/candidates/{inReview.Id}/jobs/{reviewed.Job!.Id}");
        Assert.Equal(reviewed.SubStatus, underReview.SubStatus);
    }

    [Fact]
    public async Task Application_status_history_deserializes()
    {
        var (candidate, assignment) = await sim.FindAssignmentAsync("HIRED");

        var history = await sim.GetAsync<ContentListDto<ApplicationStatusChangeDto>>($"/candidates/{candidate.Id}/jobs/{assignment.Job!.Id}/status/history");

        Assert.True(history.Content!.Count >= 2);
        Assert.Equal(history.Content.Count, history.TotalFound);
        Assert.All(history.Content, h => Assert.NotNull(h.ChangedOn));
        Assert.Equal(history.Content.OrderBy(h => h.ChangedOn).Select(h => h.ChangedOn), history.Content.Select(h => h.ChangedOn));
        Assert.Equal("HIRED", history.Content[^1].Status);
        Assert.Contains(history.Content, h => h.SubStatus is { Length: > 0 });
    }

    [Fact]
    public async Task Screening_answers_deserialize_records_fields_and_values()
    {
        ContentListDto<ScreeningAnswerDto>? answers = null;
        await sim.FindAssignmentAsync("HIRED", async (c, a) =>
        {
            answers = await sim.GetAsync<ContentListDto<ScreeningAnswerDto>>($"/candidates/{c.Id}/jobs/{a.Job!.Id}/screening-answers");
            return answers.Content!.Count > 0;
        });

        Assert.Equal(answers!.Content!.Count, answers.TotalFound);
        foreach (var answer in answers.Content!)
        {
            Assert.False(string.IsNullOrEmpty(answer.Id));
            Assert.False(string.IsNullOrEmpty(answer.Type));
            Assert.False(string.IsNullOrEmpty(answer.Category));
            Assert.False(string.IsNullOrEmpty(answer.Name));
            Assert.False(string.IsNullOrEmpty(answer.Label));
            Assert.NotEmpty(answer.Records!);
            Assert.All(answer.Records!, r =>
            {
                Assert.NotEmpty(r.Fields!);
                Assert.All(r.Fields!, f =>
                {
                    Assert.False(string.IsNullOrEmpty(f.Id));
                    Assert.NotEmpty(f.Values!);
                    Assert.All(f.Values!, v => Assert.False(string.IsNullOrEmpty(v.Label)));
                });
            });
        }
    }

    [Fact]
    public async Task Offers_deserialize_with_properties_and_links()
    {
        var (candidate, assignment) = await sim.FindAssignmentAsync("HIRED");

        var offers = await sim.GetAsync<PageDto<OfferDto>>($"/candidates/{candidate.Id}/jobs/{assignment.Job!.Id}/offers");

        Assert.NotEmpty(offers.Content!);
        Assert.Equal(offers.Content!.Count, offers.TotalFound);
        Assert.Equal(0, offers.Offset);
        Assert.Contains(offers.Content, o => o.Status == "ACCEPTED");
        foreach (var offer in offers.Content)
        {
            Assert.False(string.IsNullOrEmpty(offer.Id));
            Assert.NotNull(offer.CreatedOn);
            Assert.True(offer.UpdatedOn >= offer.CreatedOn);
            Assert.Matches("^[0-9]+$", offer.Properties!["baseSalary"].GetString());
            Assert.EndsWith($"/candidates/{candidate.Id}", offer.Actions?.Candidate?.Url, StringComparison.Ordinal);
            Assert.EndsWith($"/jobs/{assignment.Job.Id}", offer.Actions?.Job?.Url, StringComparison.Ordinal);
            Assert.EndsWith($"/offers/{offer.Id}", offer.Actions?.Details?.Url, StringComparison.Ordinal);

            var details = await sim.GetAsync<OfferDto>(new Uri(offer.Actions!.Details!.Url!).PathAndQuery);
            Assert.Equal(offer, details with { Properties = offer.Properties });
            Assert.Equal(offer.Properties.Keys.Order(), details.Properties!.Keys.Order());
        }
    }

    [Fact]
    public async Task Offers_search_deserializes_with_its_offset_envelope()
    {
        var page = await sim.GetAsync<PageDto<OfferDto>>("/offers?limit=5");

        Assert.Equal(5, page.Limit);
        Assert.Equal(0, page.Offset);
        Assert.True(page.TotalFound > 5);
        Assert.Null(page.NextPageId);
        Assert.Equal(5, page.Content!.Count);
        Assert.All(page.Content, o => Assert.Contains("/candidates/", o.Actions?.Candidate?.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interviews_deserialize_with_timeslots_and_interviewers()
    {
        var (candidate, assignment) = await sim.FindAssignmentAsync("HIRED");
        var application = await sim.GetAsync<ApplicationDto>($"/candidates/{candidate.Id}/jobs/{assignment.Job!.Id}");

        var interviews = await sim.GetAsync<ContentListDto<InterviewDto>>($"/interviews-api/v201904/interviews?applicationId={application.ApplicationId}");

        Assert.NotEmpty(interviews.Content!);
        Assert.Null(interviews.TotalFound);
        foreach (var interview in interviews.Content!)
        {
            Assert.False(string.IsNullOrEmpty(interview.Id));
            Assert.Equal(candidate.Id, interview.Candidate?.Id);
            Assert.Equal(candidate.LastName, interview.Candidate!.LastName);
            Assert.Equal(assignment.Job.Id, interview.JobId);
            Assert.Matches("^[0-9a-f]{24}$", interview.OrganizerId);
            Assert.False(string.IsNullOrEmpty(interview.Timezone));
            Assert.NotNull(interview.CreatedOn);
            Assert.Contains($"/interviews/{interview.Id}", interview.RefUrl, StringComparison.Ordinal);
            Assert.NotEmpty(interview.Timeslots!);
            foreach (var slot in interview.Timeslots!)
            {
                Assert.False(string.IsNullOrEmpty(slot.Id));
                Assert.False(string.IsNullOrEmpty(slot.InterviewType));
                Assert.True(slot.EndsOn > slot.StartsOn);
                Assert.Contains(slot.CandidateStatus, new[] { "accepted", "declined", "pending", "tentative" });
                Assert.NotEmpty(slot.Interviewers!);
                Assert.All(slot.Interviewers!, i =>
                {
                    Assert.Matches("^[0-9a-f]{24}$", i.Id);
                    Assert.Contains(i.Status, new[] { "accepted", "declined", "pending", "tentative" });
                });
            }
        }
    }
}
