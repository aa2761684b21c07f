namespace Kombo.Orleans.Tests.Sync.Steps;

using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Sync;
using static Kombo.Orleans.Tests.Sync.Steps.StepTestSupport;

public sealed class TagsStepTests
{
    [Fact]
    public async Task A_full_pass_derives_one_tag_per_spelling_ignoring_case_without_a_request()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);

        var runs = await harness.SyncAsync(SyncKind.Full, [new CandidatesStep(), new TagsStep()]);

        Succeeded(runs);
        Assert.Equal(truth.TagKeys, RemoteIds(await harness.RecordsAsync(UnifiedModels.Tag)));
        Assert.Equal(0, runs[1].Requests);

        // Every candidate tag names a stored tag.
        var tagIds = (await harness.RecordsAsync(UnifiedModels.Tag)).Select(r => r.Id).ToHashSet();
        Assert.All(await harness.PayloadsAsync(UnifiedModels.CandidateTag), t => Assert.Contains(t.GetProperty("tag_id").GetString()!, tagIds));
    }

    [Fact]
    public async Task A_delta_without_changed_spellings_skips_the_tags()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new CandidatesStep(), new TagsStep()]);

        var runs = await harness.SyncAsync(SyncKind.Delta, [new CandidatesStep(), new TagsStep()]);

        Succeeded(runs);
        Assert.DoesNotContain(InternalScopes.TagSpellings, runs[0].ChangedScopes);
        Assert.Equal((0, 0, 0), (runs[1].Added, runs[1].Updated, runs[1].Unchanged));
    }

    [Fact]
    public async Task A_new_spelling_from_a_delta_adds_its_tag()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);
        await harness.SyncAsync(SyncKind.Full, [new CandidatesStep(), new TagsStep()]);
        await ControlAsync(harness, HttpMethod.Post, "candidates",
            new { jobId = truth.JobIds[0], firstName = "Tia", lastName = "Tagged", email = "tia.tagged@example.com", tags = new[] { "Quantum-Knitting" } });

        var runs = await harness.SyncAsync(SyncKind.Delta, [new CandidatesStep(), new TagsStep()]);

        Succeeded(runs);
        var tag = (await harness.PayloadsAsync(UnifiedModels.Tag)).Single(t => t.GetProperty("remote_id").GetString() == "quantum-knitting");
        Assert.Equal("Quantum-Knitting", tag.GetProperty("name").GetString());
        Assert.Equal(1, runs[1].Added);
    }

    [Fact]
    public async Task A_tag_rename_touches_no_candidate_in_a_delta_and_renames_the_tag_in_the_next_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new CandidatesStep(), new TagsStep()]);
        var tag = (await harness.PayloadsAsync(UnifiedModels.Tag)).First(t => t.GetProperty("name").GetString() != t.GetProperty("name").GetString()!.ToUpperInvariant());
        var name = tag.GetProperty("name").GetString()!;
        var renamed = name.ToUpperInvariant();
        var candidateTagsBefore = await harness.RecordsAsync(UnifiedModels.CandidateTag);

        await ControlAsync(harness, HttpMethod.Post, "tags/rename", new { from = name, to = renamed });
        var delta = await harness.SyncAsync(SyncKind.Delta, [new CandidatesStep(), new TagsStep()]);

        // SmartRecruiters does not move a candidate's updatedOn for a company-wide rename: nothing to see in a delta.
        Succeeded(delta);
        Assert.Empty(delta[0].ChangedScopes);
        Assert.Equal(name, Name(await harness.PayloadsAsync(UnifiedModels.Tag), tag.GetProperty("remote_id").GetString()!));

        var full = await harness.SyncAsync(SyncKind.Full, [new CandidatesStep(), new TagsStep()]);

        Succeeded(full);
        Assert.Equal(renamed, Name(await harness.PayloadsAsync(UnifiedModels.Tag), tag.GetProperty("remote_id").GetString()!));
        Assert.DoesNotContain(UnifiedModels.CandidateTag, full[0].ChangedScopes);
        Assert.Equal(candidateTagsBefore.Select(r => (r.Id, r.UpdatedAt)), (await harness.RecordsAsync(UnifiedModels.CandidateTag)).Select(r => (r.Id, r.UpdatedAt)));
        Assert.Equal((0, 1, 0), (full[1].Added, full[1].Updated, full[1].Deleted));
    }

    private static string? Name(IEnumerable<System.Text.Json.JsonElement> tags, string remoteId) =>
        tags.Single(t => t.GetProperty("remote_id").GetString() == remoteId).GetProperty("name").GetString();
}
