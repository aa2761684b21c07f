using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;
using SmartRecruiters.Simulator.Hosting;

namespace Kombo.Orleans.Testing.Engine;

/// <summary>
/// What the simulator's first account holds, read without HTTP: the ground truth a sync must reproduce, as the remote ids
/// it must store exactly once each.
/// </summary>
public sealed record AccountTruth(
    IReadOnlySet<string> Users,
    IReadOnlySet<string> Jobs,
    IReadOnlySet<string> Candidates,
    IReadOnlySet<string> Applications,
    IReadOnlySet<string> Interviews,
    IReadOnlySet<string> Offers,
    int Tags,
    int RejectionReasons,
    int JobAds)
{
    public static AccountTruth Of(InProcessSimulator simulator)
    {
        var account = simulator.Accounts.Accounts[0];
        lock (account.Sync)
        {
            // SmartRecruiters lists only candidates with an application.
            var listed = Enumerable.Range(0, account.Candidates.Capacity).Select(account.Candidates.Get)
                .Where(c => c is { Applications.Count: > 0 }).Select(c => c!).ToList();
            var applications = listed.SelectMany(c => c.Applications).ToList();
            return new AccountTruth(
                Set(account.Users.Select(u => u.Id)),
                Set(account.Jobs.Select(j => j.Id)),
                Set(listed.Select(c => c.Id)),
                Set(applications.Select(a => a.ApplicationId)),
                Set(applications.SelectMany(a => a.Interviews).SelectMany(i => i.Timeslots).Select(t => t.Id)),
                Set(applications.SelectMany(a => a.Offers).Select(o => o.Id)),
                listed.SelectMany(c => c.Tags).Select(t => t.ToLowerInvariant()).Distinct().Count(),
                account.Configuration.RejectionReasons.Count,
                account.Jobs.Sum(j => j.Ads.Count));
        }
    }

    /// <summary>Asserts the store holds exactly these records, once each, none deleted.</summary>
    public async Task AssertStoredExactlyAsync(IRecordStore store, string integrationId)
    {
        await AssertScopeAsync(store, integrationId, UnifiedModels.User, Users);
        await AssertScopeAsync(store, integrationId, UnifiedModels.Job, Jobs);
        await AssertScopeAsync(store, integrationId, UnifiedModels.Candidate, Candidates);
        await AssertScopeAsync(store, integrationId, UnifiedModels.Application, Applications);
        await AssertScopeAsync(store, integrationId, UnifiedModels.Interview, Interviews);
        await AssertScopeAsync(store, integrationId, UnifiedModels.Offer, Offers);
        Assert.Equal(Tags, (await RecordsAsync(store, integrationId, UnifiedModels.Tag)).Count);
        Assert.Equal(RejectionReasons, (await RecordsAsync(store, integrationId, UnifiedModels.RejectionReason)).Count);
        Assert.Equal(JobAds, (await RecordsAsync(store, integrationId, UnifiedModels.JobPosting)).Count);
    }

    /// <summary>Every record of a scope of an integration, deleted ones included when asked.</summary>
    public static async Task<IReadOnlyList<StoredRecord>> RecordsAsync(IRecordStore store, string integrationId, string scope, bool includeDeleted = false)
    {
        var records = new List<StoredRecord>();
        RecordCursor? after = null;
        do
        {
            var page = await store.QueryAsync(
                new RecordQuery(new RecordScope(integrationId, scope)) { PageSize = 1000, After = after, IncludeDeleted = includeDeleted },
                TestContext.Current.CancellationToken);
            records.AddRange(page.Records);
            after = page.Next;
        }
        while (after is not null);

        return records;
    }

    private static async Task AssertScopeAsync(IRecordStore store, string integrationId, string scope, IReadOnlySet<string> expected)
    {
        var stored = await RecordsAsync(store, integrationId, scope, includeDeleted: true);
        var remoteIds = stored.Select(r => r.RemoteId).ToList();
        var duplicates = remoteIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{scope}: stored more than once: {string.Join(", ", duplicates.Take(10))}");
        Assert.True(stored.All(r => r.RemoteDeletedAt is null), $"{scope}: some records are marked deleted");
        var missing = expected.Except(remoteIds, StringComparer.Ordinal).ToList();
        var extra = remoteIds.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{scope}: {missing.Count} missing ({string.Join(", ", missing.Take(5))}), {extra.Count} unexpected ({string.Join(", ", extra.Take(5))})");
        Assert.NotEmpty(expected);
    }

    private static HashSet<string> Set(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);
}
