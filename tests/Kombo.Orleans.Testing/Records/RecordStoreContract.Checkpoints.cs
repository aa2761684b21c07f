using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    [Fact]
    public async Task A_scope_without_a_checkpoint_reads_version_zero()
    {
        Assert.Equal(StoredCheckpoint.None, await Store.GetCheckpointAsync(Scope(), Ct));
    }

    [Fact]
    public async Task Each_checkpoint_update_advances_the_version_by_one()
    {
        var scope = Scope();

        var first = await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "cursor-a"), Write("c-1", """{"v":1}"""));
        var afterFirst = await Store.GetCheckpointAsync(scope, Ct);
        var second = await CommitAsync(scope, At(2), 1, new CheckpointUpdate(1, "cursor-b"), Write("c-2", """{"v":1}"""));
        var afterSecond = await Store.GetCheckpointAsync(scope, Ct);

        Assert.Equal(1, first.CheckpointVersion);
        Assert.Equal((1L, "cursor-a"), (afterFirst.Version, afterFirst.Value));
        Assert.NotNull(afterFirst.UpdatedAt);
        Assert.Equal(2, second.CheckpointVersion);
        Assert.Equal((2L, "cursor-b"), (afterSecond.Version, afterSecond.Value));
        Assert.NotNull(afterSecond.UpdatedAt);
    }

    [Theory]
    [InlineData(0, 1)] // the writer read version 0 but another one already committed version 1
    [InlineData(2, 1)] // a version from the future is no better
    public async Task A_stale_checkpoint_version_fails_and_writes_nothing(long expected, long actual)
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "winner"), Write("existing", """{"v":1}"""));

        var conflict = await Assert.ThrowsAsync<CheckpointConflictException>(() =>
            CommitAsync(scope, At(2), 2, new CheckpointUpdate(expected, "loser"), Write("fresh", """{"v":1}"""), Write("existing", """{"v":2}""")));

        Assert.Equal(scope, conflict.Scope);
        Assert.Equal(expected, conflict.ExpectedVersion);
        Assert.Equal(actual, conflict.ActualVersion);
        await AssertAbsentAsync(scope, "fresh");
        var existing = await RequireAsync(scope, "existing");
        AssertPayload("""{"v":1}""", existing);
        Assert.Equal(At(1), existing.UpdatedAt);
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal((1L, "winner"), (checkpoint.Version, checkpoint.Value));
        // The pass mark was not raised: pass 2 still finds "existing" unseen.
        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(scope, 2, At(3), cancellationToken: Ct));
    }

    [Fact]
    public async Task A_checkpoint_expected_at_a_version_before_the_first_one_exists_conflicts_with_version_zero()
    {
        var scope = Scope();

        var conflict = await Assert.ThrowsAsync<CheckpointConflictException>(() =>
            CommitAsync(scope, At(1), 1, new CheckpointUpdate(3, "too-far"), Write("fresh", """{"v":1}""")));

        Assert.Equal(0, conflict.ActualVersion);
        await AssertAbsentAsync(scope, "fresh");
        Assert.Equal(StoredCheckpoint.None, await Store.GetCheckpointAsync(scope, Ct));
    }

    [Fact]
    public async Task A_commit_without_a_checkpoint_leaves_it_alone_and_reports_the_current_version()
    {
        var scope = Scope();
        var before = await CommitAsync(scope, At(1), 1, Write("c-1", """{"v":1}"""));
        await CommitAsync(scope, At(2), 1, new CheckpointUpdate(0, "cursor-a"), Write("c-2", """{"v":1}"""));

        var after = await CommitAsync(scope, At(3), 1, Write("c-3", """{"v":1}"""));

        Assert.Equal(0, before.CheckpointVersion);
        Assert.Equal(1, after.CheckpointVersion);
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal((1L, "cursor-a"), (checkpoint.Version, checkpoint.Value));
    }

    [Fact]
    public async Task Each_model_of_an_integration_has_its_own_checkpoint()
    {
        var candidates = Scope("candidates");
        var jobs = Scope("jobs");
        await CommitAsync(candidates, At(1), 1, new CheckpointUpdate(0, "candidates-1"));
        await CommitAsync(candidates, At(2), 1, new CheckpointUpdate(1, "candidates-2"));

        Assert.Equal(StoredCheckpoint.None, await Store.GetCheckpointAsync(jobs, Ct));
        var jobsResult = await CommitAsync(jobs, At(3), 1, new CheckpointUpdate(0, "jobs-1"));

        Assert.Equal(1, jobsResult.CheckpointVersion);
        var candidatesCheckpoint = await Store.GetCheckpointAsync(candidates, Ct);
        Assert.Equal((2L, "candidates-2"), (candidatesCheckpoint.Version, candidatesCheckpoint.Value));
        var jobsCheckpoint = await Store.GetCheckpointAsync(jobs, Ct);
        Assert.Equal((1L, "jobs-1"), (jobsCheckpoint.Version, jobsCheckpoint.Value));
    }

    [Fact]
    public async Task A_large_checkpoint_value_round_trips()
    {
        var scope = Scope();
        var value = string.Concat(Enumerable.Repeat("{\"cursor\":\"é😀\"}", 3000)); // ~60 KiB of UTF-8, under the 64 KiB cap

        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, value));

        Assert.Equal(value, (await Store.GetCheckpointAsync(scope, Ct)).Value);
    }
}
