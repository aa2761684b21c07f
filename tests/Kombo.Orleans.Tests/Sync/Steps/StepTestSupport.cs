namespace Kombo.Orleans.Tests.Sync.Steps;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Testing.Sync;

/// <summary>What the simulator's first account holds that the candidates step must find (read without HTTP).</summary>
public sealed record AccountTruth(
    IReadOnlyList<string> CandidateIds,
    IReadOnlyList<string> ApplicationIds,
    IReadOnlyList<string> TimeslotIds,
    IReadOnlyList<string> OfferIds,
    IReadOnlyList<string> JobIds,
    int CandidateTags,
    IReadOnlyList<string> TagKeys);

/// <summary>Ground truth, simulator control calls and seeded jobs for the step tests.</summary>
public static class StepTestSupport
{
    public static ISyncStep[] CandidateSteps() => [new CandidatesStep(), new TagsStep(), new ApplicationStagesStep()];

    public static AccountTruth Truth(StepHarness harness)
    {
        var sim = harness.Simulator.Accounts.Accounts[0];
        lock (sim.Sync)
        {
            var listed = Enumerable.Range(0, sim.Candidates.Capacity).Select(sim.Candidates.Get)
                .Where(c => c is { Applications.Count: > 0 }).Select(c => c!).ToList();
            var applications = listed.SelectMany(c => c.Applications).ToList();
            return new AccountTruth(
                listed.Select(c => c.Id).ToList(),
                applications.Select(a => a.ApplicationId).ToList(),
                applications.SelectMany(a => a.Interviews).SelectMany(i => i.Timeslots).Select(t => t.Id).ToList(),
                applications.SelectMany(a => a.Offers).Select(o => o.Id).ToList(),
                sim.Jobs.Select(j => j.Id).ToList(),
                listed.Sum(c => c.Tags.Select(t => t.ToLowerInvariant()).Distinct().Count()),
                listed.SelectMany(c => c.Tags).Select(t => t.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>Sends a control call (<c>/_sim/accounts/{account}/…</c>) and returns its JSON answer, if any.</summary>
    public static async Task<JsonElement?> ControlAsync(StepHarness harness, HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = harness.Simulator.BaseAddress };
        using var request = new HttpRequestMessage(method, $"/_sim/accounts/{harness.AccountId}/{path}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A credential of the account with <paramref name="scopes"/> (all when null), as a connection.</summary>
    public static async Task<SyncConnection> CredentialAsync(StepHarness harness, bool admin, IEnumerable<string>? scopes = null)
    {
        var created = await ControlAsync(harness, HttpMethod.Post, "credentials", scopes is null ? new { admin } : new { admin, scopes = scopes.ToArray() });
        return harness.Connection(created!.Value.GetProperty("apiKey").GetString());
    }

    /// <summary>Stores the account's jobs as the jobs step would (id and remote id are all the stages step reads).</summary>
    public static async Task SeedJobsAsync(StepHarness harness, IEnumerable<string> jobRemoteIds)
    {
        var ctx = new MappingContext(harness.IntegrationId, DateTimeOffset.UtcNow);
        var writes = jobRemoteIds.Select(remoteId =>
        {
            var id = ctx.Id(UnifiedModels.Job, remoteId);
            var payload = new JsonObject { ["id"] = id, ["remote_id"] = remoteId };
            return new RecordWrite(id, remoteId, JsonSerializer.SerializeToUtf8Bytes(payload));
        }).ToList();
        await harness.Store.CommitAsync(
            new RecordCommit(new RecordScope(harness.IntegrationId, UnifiedModels.Job), writes, DateTimeOffset.UtcNow, 1), TestContext.Current.CancellationToken);
    }

    public static IReadOnlyList<string> RemoteIds(IEnumerable<StoredRecord> records) =>
        records.Select(r => r.RemoteId).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.Ordinal).ToList();

    public static StepRunState Single(IReadOnlyList<StepRunState> runs, string model, IReadOnlyList<ISyncStep> steps) =>
        runs[steps.Select((s, i) => (s, i)).First(p => p.s.Model == model).i];

    public static void Succeeded(IEnumerable<StepRunState> runs)
    {
        foreach (var run in runs)
        {
            Assert.True(run.State == SyncState.Succeeded, $"{run.State}: {run.Error} {string.Join("; ", run.FailedRecords.Select(f => $"{f.Model} {f.RemoteId} {f.Reason}"))}");
        }
    }
}
