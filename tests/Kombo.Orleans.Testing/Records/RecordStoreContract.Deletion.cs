using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    [Fact]
    public async Task Mark_unseen_deleted_deletes_exactly_the_live_records_the_pass_did_not_see()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("seen", """{"v":1}"""), Write("updated", """{"v":1}"""), Write("unseen", """{"v":1}"""));
        await CommitAsync(scope, At(2), 2, Write("seen", """{"v":1}"""), Write("updated", """{"v":2}"""));

        var deleted = await Store.MarkUnseenDeletedAsync(scope, 2, At(3), cancellationToken: Ct);

        Assert.Equal(1, deleted);
        var unseen = await RequireAsync(scope, "unseen");
        Assert.Equal(At(3), unseen.RemoteDeletedAt);
        Assert.Equal(At(3), unseen.ChangedAt);
        Assert.Equal(At(3), unseen.UpdatedAt);
        AssertPayload("""{"v":1}""", unseen);
        var seen = await RequireAsync(scope, "seen");
        Assert.Null(seen.RemoteDeletedAt);
        Assert.Equal(At(1), seen.ChangedAt);
        Assert.Equal(At(1), seen.UpdatedAt);
        var updated = await RequireAsync(scope, "updated");
        Assert.Null(updated.RemoteDeletedAt);
        Assert.Equal(At(2), updated.ChangedAt);
        Assert.Equal(new RecordCounts(2, 1), await Store.CountAsync(scope, Ct));
    }

    [Fact]
    public async Task Records_seen_by_a_later_pass_are_not_deleted()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 3, Write("later", """{"v":1}"""));
        await CommitAsync(scope, At(1), 2, Write("same", """{"v":1}"""));
        await CommitAsync(scope, At(1), 1, Write("earlier", """{"v":1}"""));

        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(scope, 2, At(2), cancellationToken: Ct));

        Assert.NotNull((await RequireAsync(scope, "earlier")).RemoteDeletedAt);
        Assert.Null((await RequireAsync(scope, "same")).RemoteDeletedAt);
        Assert.Null((await RequireAsync(scope, "later")).RemoteDeletedAt);
    }

    [Fact]
    public async Task A_pass_mark_never_goes_down()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"v":1}"""));
        await CommitAsync(scope, At(2), 2, Write("c-1", """{"v":1}""")); // the full pass 2 sees it

        // A delta running on the previous pass number sees it again, unchanged and then changed.
        await CommitAsync(scope, At(3), 1, Write("c-1", """{"v":1}"""));
        await CommitAsync(scope, At(4), 1, Write("c-1", """{"v":2}"""));

        Assert.Equal(0, await Store.MarkUnseenDeletedAsync(scope, 2, At(5), cancellationToken: Ct));
        Assert.Null((await RequireAsync(scope, "c-1")).RemoteDeletedAt);
    }

    [Fact]
    public async Task Mark_unseen_deleted_leaves_already_deleted_records_alone()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("kept", """{"v":1}"""), Write("gone", """{"v":1}"""));
        await CommitAsync(scope, At(2), 2, Write("kept", """{"v":1}"""));
        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(scope, 2, At(3), cancellationToken: Ct));
        await CommitAsync(scope, At(4), 3, Write("kept", """{"v":1}"""));

        Assert.Equal(0, await Store.MarkUnseenDeletedAsync(scope, 3, At(5), cancellationToken: Ct));

        var gone = await RequireAsync(scope, "gone");
        Assert.Equal(At(3), gone.RemoteDeletedAt);
        Assert.Equal(At(3), gone.ChangedAt);
        Assert.Equal(At(3), gone.UpdatedAt);
        Assert.Equal(new RecordCounts(1, 1), await Store.CountAsync(scope, Ct));
    }

    [Fact]
    public async Task Mark_unseen_deleted_touches_only_its_scope()
    {
        var candidates = Scope("candidates");
        var jobs = Scope("jobs");
        await CommitAsync(candidates, At(1), 1, Write("x", """{"v":1}"""));
        await CommitAsync(jobs, At(1), 1, Write("x", """{"v":1}"""));

        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(candidates, 2, At(2), cancellationToken: Ct));

        Assert.Equal(new RecordCounts(0, 1), await Store.CountAsync(candidates, Ct));
        Assert.Equal(new RecordCounts(1, 0), await Store.CountAsync(jobs, Ct));
        Assert.Null((await RequireAsync(jobs, "x")).RemoteDeletedAt);
    }

    [Fact]
    public async Task Mark_unseen_deleted_advances_a_given_checkpoint_with_the_deletions()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "page-1"), Write("gone", """{"v":1}"""));

        var deleted = await Store.MarkUnseenDeletedAsync(scope, 2, At(2), new CheckpointUpdate(1, "pass-2-done"), Ct);

        Assert.Equal(1, deleted);
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal((2L, "pass-2-done"), (checkpoint.Version, checkpoint.Value));
        Assert.Equal(new RecordCounts(0, 1), await Store.CountAsync(scope, Ct));
    }

    [Fact]
    public async Task Mark_unseen_deleted_with_a_stale_checkpoint_deletes_nothing()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "page-1"), Write("kept", """{"v":1}"""));

        var conflict = await Assert.ThrowsAsync<CheckpointConflictException>(() =>
            Store.MarkUnseenDeletedAsync(scope, 2, At(2), new CheckpointUpdate(0, "stale"), Ct));

        Assert.Equal(1, conflict.ActualVersion);
        var kept = await RequireAsync(scope, "kept");
        Assert.Null(kept.RemoteDeletedAt);
        Assert.Equal(At(1), kept.UpdatedAt);
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal((1L, "page-1"), (checkpoint.Version, checkpoint.Value));
    }

    [Fact]
    public async Task Deleted_records_are_hidden_unless_included()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("live", """{"v":1}"""), Write("gone", """{"v":1}"""));
        await CommitAsync(scope, At(2), 2, Write("live", """{"v":1}"""));
        await Store.MarkUnseenDeletedAsync(scope, 2, At(3), cancellationToken: Ct);

        var hidden = await IdsAsync(new RecordQuery(scope));
        var included = await WalkAsync(new RecordQuery(scope) { IncludeDeleted = true });
        var byId = await Store.QueryAsync(new RecordQuery(scope) { Ids = ["gone"] }, Ct);

        Assert.Equal(["live"], hidden);
        Assert.Equal(["live", "gone"], included.Select(r => r.Id));
        Assert.Equal(At(3), included[1].RemoteDeletedAt);
        Assert.Empty(byId.Records);
        Assert.Equal(new RecordCounts(1, 1), await Store.CountAsync(scope, Ct));
    }

    [Fact]
    public async Task A_deleted_record_committed_again_is_restored_even_with_the_same_content()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"v":1}"""));
        await Store.MarkUnseenDeletedAsync(scope, 2, At(2), cancellationToken: Ct);

        var result = await CommitAsync(scope, At(3), 3, Write("c-1", """{"v":1}"""));

        Assert.Equal(new CommitResult(0, 0, 1, 0, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        Assert.Null(record.RemoteDeletedAt);
        Assert.Equal(At(3), record.ChangedAt);
        Assert.Equal(At(3), record.UpdatedAt);
        Assert.Equal(new RecordCounts(1, 0), await Store.CountAsync(scope, Ct));
        // Restored with pass 3: pass 3 does not delete it again.
        Assert.Equal(0, await Store.MarkUnseenDeletedAsync(scope, 3, At(4), cancellationToken: Ct));
    }

    [Fact]
    public async Task A_deleted_record_committed_again_with_new_content_is_restored_not_updated()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"v":1}"""));
        await Store.MarkUnseenDeletedAsync(scope, 2, At(2), cancellationToken: Ct);

        var result = await CommitAsync(scope, At(3), 3, Write("c-1", """{"v":2}"""));

        Assert.Equal(new CommitResult(0, 0, 1, 0, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        Assert.Null(record.RemoteDeletedAt);
        AssertPayload("""{"v":2}""", record);
        Assert.Equal(At(3), record.ChangedAt);
    }

    [Fact]
    public async Task An_empty_scope_counts_nothing()
    {
        Assert.Equal(new RecordCounts(0, 0), await Store.CountAsync(Scope(), Ct));
        Assert.Equal(0, await Store.MarkUnseenDeletedAsync(Scope(), 1, At(1), cancellationToken: Ct));
    }
}
