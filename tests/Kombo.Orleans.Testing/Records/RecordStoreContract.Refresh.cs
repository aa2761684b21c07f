using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    // A candidate whose raw SmartRecruiters tags were renamed company-wide in case only: the unified
    // projection (its tag ids) is the same, the raw JSON in remote_data is not.
    private const string Tagged = """{"first_name":"Ada","tags":[{"id":"t-java"}],"remote_data":{"/candidates/1":{"tags":["Java"]}}}""";
    private const string Retagged = """{"first_name":"Ada","tags":[{"id":"t-java"}],"remote_data":{"/candidates/1":{"tags":["JAVA"]}}}""";

    [Fact]
    public async Task A_change_only_in_remote_data_refreshes_the_stored_payload_but_keeps_changed_at_and_updated_at()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", Tagged));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", Retagged));

        Assert.Equal(new CommitResult(0, 0, 0, 0, 0, 1), result);
        var record = await RequireAsync(scope, "c-1");
        AssertPayload(Retagged, record);
        Assert.Equal(At(1), record.ChangedAt);
        Assert.Equal(At(1), record.UpdatedAt);
    }

    [Fact]
    public async Task A_refreshed_payload_committed_again_is_unchanged()
    {
        // The refresh stored the new hashes along with the payload: the same payload is not refreshed twice.
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", Tagged));
        await CommitAsync(scope, At(2), 2, Write("c-1", Retagged));

        var result = await CommitAsync(scope, At(3), 3, Write("c-1", Retagged));

        Assert.Equal(new CommitResult(0, 0, 0, 1, 0, 0), result);
        Assert.Equal(At(1), (await RequireAsync(scope, "c-1")).ChangedAt);
    }

    [Fact]
    public async Task Where_remote_data_sits_in_the_payload_does_not_make_a_record_look_changed()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"remote_data":{"/c/1":{"n":1}},"first_name":"Ada"}"""));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", """{"first_name":"Ada","remote_data":{"/c/1":{"n":1}}}"""));

        Assert.Equal(new CommitResult(0, 0, 0, 1, 0, 0), result);
        Assert.Equal(At(1), (await RequireAsync(scope, "c-1")).ChangedAt);
    }

    [Fact]
    public async Task Remote_data_appearing_on_a_record_without_it_is_a_refresh()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"first_name":"Ada"}"""));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", """{"first_name":"Ada","remote_data":{"/c/1":{"n":1}}}"""));

        Assert.Equal(1, result.Refreshed);
        var record = await RequireAsync(scope, "c-1");
        AssertPayload("""{"first_name":"Ada","remote_data":{"/c/1":{"n":1}}}""", record);
        Assert.Equal(At(1), record.ChangedAt);
    }

    [Fact]
    public async Task A_change_in_a_unified_field_along_with_remote_data_is_an_update()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", Tagged));
        const string renamed = """{"first_name":"Ada","tags":[{"id":"t-kotlin"}],"remote_data":{"/candidates/1":{"tags":["Kotlin"]}}}""";

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", renamed));

        Assert.Equal(new CommitResult(0, 1, 0, 0, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        AssertPayload(renamed, record);
        Assert.Equal(At(2), record.ChangedAt);
        Assert.Equal(At(2), record.UpdatedAt);
    }

    [Fact]
    public async Task A_refreshed_child_bumps_no_parent()
    {
        await CommitParentsAsync("app-1", "app-2", "app-3");
        ParentLink[] links = [Content("applications", "app-1"), Membership("applications", "app-2"), new("applications", "app-3", NestedChange.Any)];
        await CommitAsync(Interviews, At(2), 1, Write("int-1", Tagged, null, links));

        var result = await CommitAsync(Interviews, At(3), 2, Write("int-1", Retagged, null, links));

        Assert.Equal(1, result.Refreshed);
        await AssertParentAsync("app-1", At(1));
        await AssertParentAsync("app-2", At(2));
        await AssertParentAsync("app-3", At(2));
    }

    [Fact]
    public async Task A_deleted_record_that_comes_back_with_only_remote_data_changed_is_restored_with_the_new_hashes()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", Tagged));
        await Store.MarkUnseenDeletedAsync(scope, 2, At(2), cancellationToken: Ct);

        var restored = await CommitAsync(scope, At(3), 3, Write("c-1", Retagged));
        var refreshed = await CommitAsync(scope, At(4), 4, Write("c-1", Tagged));

        Assert.Equal(new CommitResult(0, 0, 1, 0, 0, 0), restored);
        Assert.Equal(new CommitResult(0, 0, 0, 0, 0, 1), refreshed);
        var record = await RequireAsync(scope, "c-1");
        Assert.Null(record.RemoteDeletedAt);
        AssertPayload(Tagged, record);
        Assert.Equal(At(3), record.ChangedAt);
        Assert.Equal(At(3), record.UpdatedAt);
    }

    [Fact]
    public async Task A_refreshed_record_carries_the_pass_mark_so_its_pass_does_not_delete_it()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", Tagged), Write("gone", """{"v":1}"""));
        var result = await CommitAsync(scope, At(2), 2, Write("c-1", Retagged));

        var deleted = await Store.MarkUnseenDeletedAsync(scope, 2, At(3), cancellationToken: Ct);

        Assert.Equal(1, result.Refreshed);
        Assert.Equal(1, deleted);
        var record = await RequireAsync(scope, "c-1");
        Assert.Null(record.RemoteDeletedAt);
        Assert.Equal(At(1), record.ChangedAt);
        Assert.Equal(At(1), record.UpdatedAt);
        Assert.NotNull((await RequireAsync(scope, "gone")).RemoteDeletedAt);
    }
}
