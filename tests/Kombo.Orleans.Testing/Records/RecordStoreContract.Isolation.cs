using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    [Fact]
    public async Task Two_integrations_with_the_same_ids_never_see_each_others_records()
    {
        var mine = Scope();
        // A prefix of one id, so a store that matched integrations by prefix would mix them up.
        var theirs = new RecordScope(IntegrationId + "-2", "candidates");
        await CommitAsync(mine, At(1), 1, new CheckpointUpdate(0, "mine"), Write("c-1", """{"owner":"mine"}"""));
        await CommitAsync(theirs, At(2), 1, Write("c-1", """{"owner":"theirs"}"""), Write("c-2", """{"owner":"theirs"}"""));

        var unchanged = await CommitAsync(mine, At(3), 1, Write("c-1", """{"owner":"mine"}"""));
        var deleted = await Store.MarkUnseenDeletedAsync(theirs, 2, At(4), cancellationToken: Ct);

        Assert.Equal(1, unchanged.Unchanged);
        Assert.Equal(2, deleted);
        var myRecords = await WalkAsync(new RecordQuery(mine) { IncludeDeleted = true });
        var record = Assert.Single(myRecords);
        AssertPayload("""{"owner":"mine"}""", record);
        Assert.Null(record.RemoteDeletedAt);
        Assert.Equal(At(1), record.UpdatedAt);
        Assert.Equal(new RecordCounts(1, 0), await Store.CountAsync(mine, Ct));
        Assert.Equal(new RecordCounts(0, 2), await Store.CountAsync(theirs, Ct));
        Assert.Equal(StoredCheckpoint.None, await Store.GetCheckpointAsync(theirs, Ct));
        await Store.DeleteIntegrationAsync(theirs.IntegrationId, Ct);
    }

    [Fact]
    public async Task Deleting_an_integration_removes_its_records_and_checkpoints_only()
    {
        var candidates = Scope("candidates");
        var jobs = Scope("jobs");
        var other = new RecordScope(IntegrationId + "-other", "candidates");
        await CommitAsync(candidates, At(1), 1, new CheckpointUpdate(0, "c"), Write("c-1", """{"v":1}"""), Write("c-2", """{"v":1}"""));
        await CommitAsync(jobs, At(1), 1, new CheckpointUpdate(0, "j"), Write("j-1", """{"v":1}"""));
        await Store.MarkUnseenDeletedAsync(jobs, 2, At(2), cancellationToken: Ct); // deleted records go too
        await CommitAsync(other, At(1), 1, new CheckpointUpdate(0, "o"), Write("c-1", """{"v":1}"""));

        var removed = await Store.DeleteIntegrationAsync(IntegrationId, Ct);

        Assert.Equal(3, removed);
        Assert.Equal(new RecordCounts(0, 0), await Store.CountAsync(candidates, Ct));
        Assert.Equal(new RecordCounts(0, 0), await Store.CountAsync(jobs, Ct));
        Assert.Equal(StoredCheckpoint.None, await Store.GetCheckpointAsync(candidates, Ct));
        Assert.Equal(StoredCheckpoint.None, await Store.GetCheckpointAsync(jobs, Ct));
        Assert.Equal(new RecordCounts(1, 0), await Store.CountAsync(other, Ct));
        Assert.Equal(1, (await Store.GetCheckpointAsync(other, Ct)).Version);

        // The integration starts over from nothing.
        var again = await CommitAsync(candidates, At(3), 1, new CheckpointUpdate(0, "c"), Write("c-1", """{"v":1}"""));
        Assert.Equal(new CommitResult(1, 0, 0, 0, 1, 0), again);
        Assert.Equal(0, await Store.DeleteIntegrationAsync(IntegrationId + "-never", Ct));
        await Store.DeleteIntegrationAsync(other.IntegrationId, Ct);
    }

    [Fact]
    public async Task Concurrent_commits_to_different_scopes_all_land()
    {
        const int writers = 16;
        const int pages = 4;
        const int perPage = 25;
        var parents = Scope("applications");
        await CommitAsync(parents, At(0), 1, Write("shared", """{"v":1}"""));

        // Each writer owns a scope and pages through it with its checkpoint; every record names the same
        // Membership parent, so the writers also contend on that row.
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var scope = Scope($"model_{writer}");
            for (var page = 0; page < pages; page++)
            {
                var records = Enumerable.Range(0, perPage)
                    .Select(i => Write($"r-{page * perPage + i}", $$"""{"writer":{{writer}},"page":{{page}}}""", null, Membership("applications", "shared")))
                    .ToArray();
                var result = await CommitAsync(scope, At(1 + page), 1, new CheckpointUpdate(page, $"page-{page}"), records);
                Assert.Equal(perPage, result.Added);
                Assert.Equal(page + 1, result.CheckpointVersion);
            }
        }, Ct)));

        for (var writer = 0; writer < writers; writer++)
        {
            var scope = Scope($"model_{writer}");
            Assert.Equal(new RecordCounts(pages * perPage, 0), await Store.CountAsync(scope, Ct));
            Assert.Equal(pages * perPage, (await IdsAsync(new RecordQuery(scope) { PageSize = 1000 })).Distinct().Count());
            var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
            Assert.Equal(((long)pages, $"page-{pages - 1}"), (checkpoint.Version, checkpoint.Value));
        }

        Assert.Equal(At(pages), (await RequireAsync(parents, "shared")).UpdatedAt);
    }

    [Fact]
    public async Task Concurrent_commits_bumping_the_same_parents_in_different_orders_all_land()
    {
        const int writers = 16;
        var parents = Scope("applications");
        await CommitAsync(parents, At(0), 1, Enumerable.Range(0, 8).Select(i => Write($"app-{i}", """{"v":1}""")).ToArray());

        // Opposite link orders: a store that locked parents in list order would deadlock here.
        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(() =>
        {
            var order = Enumerable.Range(0, 8).Select(i => Membership("applications", $"app-{i}"));
            ParentLink[] links = [.. writer % 2 == 0 ? order : order.Reverse()];
            var records = Enumerable.Range(0, 10).Select(i => Write($"w{writer}-{i}", """{"v":1}""", null, links)).ToArray();
            return CommitAsync(Scope("interviews"), At(1 + writer), 1, records);
        }, Ct)));

        Assert.All(results, r => Assert.Equal(10, r.Added));
        Assert.Equal(new RecordCounts(writers * 10, 0), await Store.CountAsync(Scope("interviews"), Ct));
        foreach (var parent in await WalkAsync(new RecordQuery(parents)))
        {
            Assert.Equal(At(writers), parent.UpdatedAt);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Concurrent_commits_expecting_the_same_checkpoint_version_have_exactly_one_winner(int priorVersions)
    {
        const int writers = 8;
        var scope = Scope();
        for (var version = 0; version < priorVersions; version++)
        {
            await CommitAsync(scope, At(0), 1, new CheckpointUpdate(version, $"prior-{version}"));
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            try
            {
                await CommitAsync(scope, At(1), 1, new CheckpointUpdate(priorVersions, $"writer-{writer}"),
                    Write($"only-{writer}", """{"v":1}"""), Write("shared", $$"""{"writer":{{writer}}}"""));
                return (Writer: writer, Conflict: (CheckpointConflictException?)null);
            }
            catch (CheckpointConflictException conflict)
            {
                return (Writer: writer, Conflict: conflict);
            }
        }, Ct)));

        var winner = Assert.Single(outcomes, o => o.Conflict is null).Writer;
        Assert.All(outcomes.Where(o => o.Conflict is not null), o =>
        {
            Assert.Equal(priorVersions, o.Conflict!.ExpectedVersion);
            Assert.Equal(priorVersions + 1, o.Conflict.ActualVersion);
        });
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal((priorVersions + 1L, $"writer-{winner}"), (checkpoint.Version, checkpoint.Value));
        Assert.Equal([$"only-{winner}", "shared"], (await IdsAsync(new RecordQuery(scope))).Order(StringComparer.Ordinal));
        AssertPayload($$"""{"writer":{{winner}}}""", await RequireAsync(scope, "shared"));
    }
}
