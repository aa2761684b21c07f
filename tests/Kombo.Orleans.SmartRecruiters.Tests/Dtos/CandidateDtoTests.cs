namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using Kombo.Orleans.SmartRecruiters.Dtos;

public sealed class CandidateDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Candidates_list_deserializes_with_its_cursor_envelope()
    {
        var first = await sim.GetAsync<PageDto<CandidateListItemDto>>("/candidates?limit=10");

        Assert.Equal(10, first.Limit);
        Assert.Equal(0, first.Offset);
        Assert.True(first.TotalFound > 10);
        Assert.False(string.IsNullOrEmpty(first.NextPageId));
        Assert.Equal(10, first.Content!.Count);
        foreach (var candidate in first.Content)
        {
            Assert.True(Guid.TryParse(candidate.Id, out _));
            Assert.False(string.IsNullOrEmpty(candidate.FirstName));
            Assert.False(string.IsNullOrEmpty(candidate.LastName));
            Assert.NotNull(candidate.Internal);
            Assert.NotNull(candidate.CreatedOn);
            Assert.True(candidate.UpdatedOn >= candidate.CreatedOn);
            Assert.NotNull(candidate.Tags);
            Assert.Contains(candidate.Consent?.Status, new[] { "REQUIRED", "PENDING", "ACQUIRED" });
            Assert.EndsWith($"/candidates/{candidate.Id}", candidate.Actions?.Details?.Url, StringComparison.Ordinal);
            Assert.EndsWith($"/candidates/{candidate.Id}/properties", candidate.Actions?.Properties?.Url, StringComparison.Ordinal);

            var primary = candidate.PrimaryAssignment!;
            Assert.True(Guid.TryParse(primary.Job?.Id, out _));
            Assert.False(string.IsNullOrEmpty(primary.Job!.Title));
            Assert.EndsWith($"/jobs/{primary.Job.Id}", primary.Job.Actions?.Details?.Url, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(primary.Status));
            Assert.NotNull(candidate.SecondaryAssignments);
        }

        var second = await sim.GetAsync<PageDto<CandidateListItemDto>>($"/candidates?limit=10&pageId={Uri.EscapeDataString(first.NextPageId!)}");
        Assert.Empty(second.Content!.Select(c => c.Id).Intersect(first.Content.Select(c => c.Id)));
    }

    [Fact]
    public async Task Candidates_list_secondary_assignments_name_only_their_job_and_locations_have_numeric_coordinates()
    {
        var page = (await sim.GetAsync<PageDto<CandidateListItemDto>>("/candidates?limit=100")).Content!;

        var secondary = page.SelectMany(c => c.SecondaryAssignments!).ToList();
        Assert.NotEmpty(secondary);
        Assert.All(secondary, a =>
        {
            Assert.True(Guid.TryParse(a.Job?.Id, out _));
            Assert.Null(a.Job!.Title);
            Assert.Null(a.Status);
            Assert.EndsWith($"/jobs/{a.Job.Id}", a.Job.Actions?.Details?.Url, StringComparison.Ordinal);
        });

        Assert.Contains(page, c => c.PrimaryAssignment?.SubStatus is { Length: > 0 });
        var located = page.Where(c => c.Location is not null).ToList();
        Assert.NotEmpty(located);
        Assert.All(located, c => Assert.False(string.IsNullOrEmpty(c.Location!.CountryCode)));
        Assert.Contains(located, c => c.Location!.Lat is >= -90 and <= 90 && c.Location.Lng is >= -180 and <= 180);
    }

    [Fact]
    public async Task Candidate_details_deserialize_with_full_assignments()
    {
        var listed = (await sim.GetAsync<PageDto<CandidateListItemDto>>("/candidates?limit=100")).Content!
            .First(c => c.SecondaryAssignments!.Count > 0);

        var candidate = await sim.GetAsync<CandidateDetailsDto>($"/candidates/{listed.Id}");

        Assert.Equal(listed.Id, candidate.Id);
        Assert.Equal(listed.FirstName, candidate.FirstName);
        Assert.Equal(listed.UpdatedOn, candidate.UpdatedOn);
        Assert.NotNull(candidate.Internal);
        Assert.NotNull(candidate.Tags);
        Assert.NotNull(candidate.Education);
        Assert.NotNull(candidate.Experience);
        Assert.EndsWith($"/candidates/{candidate.Id}/attachments", candidate.Actions?.Attachments?.Url, StringComparison.Ordinal);
        Assert.NotNull(candidate.Actions!.Properties);
        Assert.NotNull(candidate.Actions.Consent);
        Assert.NotNull(candidate.Actions.Consents);

        var primary = candidate.PrimaryAssignment!;
        Assert.Equal(listed.PrimaryAssignment!.Job!.Id, primary.Job?.Id);
        Assert.Equal(primary.Job!.Id, primary.Id);
        Assert.Equal(primary.Job.Title, primary.Title);
        Assert.Equal(listed.PrimaryAssignment.Status, primary.Status);
        Assert.Equal(listed.PrimaryAssignment.SubStatus, primary.SubStatus);

        Assert.Equal(listed.SecondaryAssignments!.Select(a => a.Job!.Id), candidate.SecondaryAssignments!.Select(a => a.Job?.Id));
        foreach (var assignment in SimulatorFixture.AssignmentsOf(candidate))
        {
            Assert.False(string.IsNullOrEmpty(assignment.Job?.Title));
            Assert.False(string.IsNullOrEmpty(assignment.Status));
            Assert.False(string.IsNullOrEmpty(assignment.Source));
            Assert.EndsWith($"/candidates/{candidate.Id}/jobs/{assignment.Id}/source", assignment.Actions?.SourceDetails?.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Candidate_details_deserialize_web_education_and_experience()
    {
        CandidateDetailsDto? found = null;
        await foreach (var listed in sim.CandidatesAsync())
        {
            var candidate = await sim.GetAsync<CandidateDetailsDto>($"/candidates/{listed.Id}");
            if (candidate.Education!.Count > 0 && candidate.Experience!.Count > 0 && candidate.Web?.Linkedin is not null && candidate.PhoneNumber is not null)
            {
                found = candidate;
                break;
            }
        }

        Assert.NotNull(found);
        Assert.StartsWith("https://", found.Web!.Linkedin, StringComparison.Ordinal);
        var education = found.Education![0];
        Assert.False(string.IsNullOrEmpty(education.Institution));
        Assert.False(string.IsNullOrEmpty(education.Degree));
        Assert.NotNull(education.Current);
        Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", education.StartDate);
        var experience = found.Experience![0];
        Assert.False(string.IsNullOrEmpty(experience.Title));
        Assert.False(string.IsNullOrEmpty(experience.Company));
        Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", experience.StartDate);
    }

    [Fact]
    public async Task Assignments_carry_rejection_reasons_and_start_dates()
    {
        var (_, rejected) = await sim.FindAssignmentAsync("REJECTED");
        Assert.False(string.IsNullOrEmpty(rejected.ReasonOfRejection?.Id));
        Assert.False(string.IsNullOrEmpty(rejected.ReasonOfRejection.Label));
        Assert.Null(rejected.ReasonOfWithdrawal);

        var (_, withdrawn) = await sim.FindAssignmentAsync("WITHDRAWN");
        Assert.False(string.IsNullOrEmpty(withdrawn.ReasonOfWithdrawal?.Label));

        var (_, hired) = await sim.FindAssignmentAsync("HIRED");
        Assert.NotNull(hired.StartsOn);
    }

    [Fact]
    public async Task Candidate_tags_deserialize()
    {
        CandidateListItemDto? tagged = null;
        await foreach (var candidate in sim.CandidatesAsync())
        {
            if (candidate.Tags!.Count > 0)
            {
                tagged = candidate;
                break;
            }
        }

        Assert.NotNull(tagged);
        var tags = await sim.GetAsync<CandidateTagsDto>($"/candidates/{tagged.Id}/tags");

        Assert.Equal(tagged.Tags, tags.Tags);
    }
}
