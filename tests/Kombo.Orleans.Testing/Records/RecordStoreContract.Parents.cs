using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    private RecordScope Applications => Scope("applications");

    private RecordScope Interviews => Scope("interviews");

    /// <summary>Parents "app-1" (and "app-2") committed at <c>At(1)</c>, pass 1.</summary>
    private async Task CommitParentsAsync(params string[] ids)
    {
        ids = ids.Length == 0 ? ["app-1"] : ids;
        await CommitAsync(Applications, At(1), 1, ids.Select(id => Write(id, $$"""{"id":"{{id}}"}""")).ToArray());
    }

    private async Task AssertParentAsync(string id, DateTimeOffset updatedAt)
    {
        var parent = await RequireAsync(Applications, id);
        Assert.Equal(updatedAt, parent.UpdatedAt);
        Assert.Equal(At(1), parent.ChangedAt); // a child never moves its parent's changed_at
        Assert.Null(parent.RemoteDeletedAt);
    }

    [Fact]
    public async Task An_added_child_bumps_its_membership_parent_but_not_its_changed_at()
    {
        await CommitParentsAsync();

        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        await AssertParentAsync("app-1", At(2));
    }

    [Fact]
    public async Task An_added_child_does_not_bump_a_content_only_parent()
    {
        await CommitParentsAsync();

        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Content("applications", "app-1")));

        await AssertParentAsync("app-1", At(1));
    }

    [Fact]
    public async Task An_unchanged_child_bumps_no_parent()
    {
        await CommitParentsAsync();
        ParentLink[] links = [new("applications", "app-1", NestedChange.Any)];
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, links));

        var result = await CommitAsync(Interviews, At(3), 2, Write("int-1", """{"v":1}""", null, links));

        Assert.Equal(1, result.Unchanged);
        await AssertParentAsync("app-1", At(2));
    }

    [Fact]
    public async Task A_changed_child_bumps_its_content_parent_but_not_a_membership_only_parent()
    {
        await CommitParentsAsync("app-1", "app-2");
        ParentLink[] links = [Content("applications", "app-1"), Membership("applications", "app-2")];
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, links));

        await CommitAsync(Interviews, At(3), 1, Write("int-1", """{"v":2}""", null, links));

        await AssertParentAsync("app-1", At(3));
        await AssertParentAsync("app-2", At(2));
    }

    [Fact]
    public async Task A_membership_link_added_between_commits_bumps_that_parent()
    {
        await CommitParentsAsync("app-1", "app-2");
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        var result = await CommitAsync(Interviews, At(3), 1,
            Write("int-1", """{"v":1}""", null, Membership("applications", "app-1"), Membership("applications", "app-2")));

        Assert.Equal(1, result.Unchanged);
        await AssertParentAsync("app-1", At(2));
        await AssertParentAsync("app-2", At(3));
    }

    [Fact]
    public async Task A_membership_link_removed_between_commits_bumps_that_parent()
    {
        await CommitParentsAsync("app-1", "app-2");
        await CommitAsync(Interviews, At(2), 1,
            Write("int-1", """{"v":1}""", null, Membership("applications", "app-1"), Membership("applications", "app-2")));

        var result = await CommitAsync(Interviews, At(3), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-2")));

        Assert.Equal(1, result.Unchanged);
        await AssertParentAsync("app-1", At(3));
        await AssertParentAsync("app-2", At(2));
    }

    [Fact]
    public async Task A_child_that_moves_to_another_parent_bumps_both()
    {
        await CommitParentsAsync("app-1", "app-2");
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        await CommitAsync(Interviews, At(3), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-2")));

        await AssertParentAsync("app-1", At(3));
        await AssertParentAsync("app-2", At(3));
    }

    [Fact]
    public async Task A_child_deleted_by_mark_unseen_deleted_bumps_its_membership_parent_only()
    {
        await CommitParentsAsync("app-1", "app-2");
        await CommitAsync(Interviews, At(2), 1,
            Write("int-1", """{"v":1}""", null, Membership("applications", "app-1"), Content("applications", "app-2")));

        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(Interviews, 2, At(3), cancellationToken: Ct));

        await AssertParentAsync("app-1", At(3));
        await AssertParentAsync("app-2", At(1));
    }

    [Fact]
    public async Task A_restored_child_bumps_its_membership_parent()
    {
        await CommitParentsAsync();
        ParentLink[] links = [Membership("applications", "app-1")];
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, links));
        await Store.MarkUnseenDeletedAsync(Interviews, 2, At(3), cancellationToken: Ct);

        var result = await CommitAsync(Interviews, At(4), 3, Write("int-1", """{"v":1}""", null, links));

        Assert.Equal(1, result.Restored);
        await AssertParentAsync("app-1", At(4));
    }

    [Fact]
    public async Task A_parent_in_the_same_model_is_bumped()
    {
        var scope = Scope("job_postings");
        await CommitAsync(scope, At(1), 1, Write("posting-1", """{"v":1}"""));

        await CommitAsync(scope, At(2), 1, Write("posting-2", """{"v":1}""", null, Membership("job_postings", "posting-1")));

        var parent = await RequireAsync(scope, "posting-1");
        Assert.Equal(At(2), parent.UpdatedAt);
        Assert.Equal(At(1), parent.ChangedAt);
    }

    [Fact]
    public async Task A_deleted_parent_is_bumped_and_stays_deleted()
    {
        await CommitParentsAsync();
        await Store.MarkUnseenDeletedAsync(Applications, 2, At(2), cancellationToken: Ct);

        await CommitAsync(Interviews, At(3), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        var parent = await RequireAsync(Applications, "app-1");
        Assert.Equal(At(3), parent.UpdatedAt);
        Assert.Equal(At(2), parent.ChangedAt);
        Assert.Equal(At(2), parent.RemoteDeletedAt);
        Assert.Equal(["app-1"], await IdsAsync(new RecordQuery(Applications) { UpdatedAfter = At(2), IncludeDeleted = true }));
        Assert.Empty(await IdsAsync(new RecordQuery(Applications) { UpdatedAfter = At(2) }));
    }

    [Fact]
    public async Task A_missing_parent_is_ignored()
    {
        var result = await CommitAsync(Interviews, At(2), 1,
            Write("int-1", """{"v":1}""", null, Membership("applications", "nobody"), new ParentLink("no_such_model", "nobody", NestedChange.Any)));

        Assert.Equal(1, result.Added);
        Assert.Equal(new RecordCounts(0, 0), await Store.CountAsync(Applications, Ct));
        Assert.Equal(new RecordCounts(0, 0), await Store.CountAsync(Scope("no_such_model"), Ct));

        // The parent created later starts at its own commit, not the child's.
        await CommitAsync(Applications, At(3), 1, Write("nobody", """{"v":1}"""));
        var parent = await RequireAsync(Applications, "nobody");
        Assert.Equal(At(3), parent.UpdatedAt);
    }

    [Fact]
    public async Task A_parent_with_the_same_id_in_another_integration_is_not_bumped()
    {
        var otherApplications = new RecordScope(IntegrationId + "-other", "applications");
        await CommitParentsAsync();
        await CommitAsync(otherApplications, At(1), 1, Write("app-1", """{"v":1}"""));

        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        await AssertParentAsync("app-1", At(2));
        Assert.Equal(At(1), (await RequireAsync(otherApplications, "app-1")).UpdatedAt);
        await Store.DeleteIntegrationAsync(otherApplications.IntegrationId, Ct);
    }

    [Fact]
    public async Task A_parent_bump_never_moves_updated_at_back()
    {
        await CommitAsync(Applications, At(5), 1, Write("app-1", """{"v":1}"""));

        // A child page stamped earlier (a slower model's page) lands after the parent's own change.
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        var parent = await RequireAsync(Applications, "app-1");
        Assert.Equal(At(5), parent.UpdatedAt);
        Assert.Equal(At(5), parent.ChangedAt);
    }

    [Fact]
    public async Task A_parent_update_after_a_bump_moves_changed_at_and_updated_at_to_the_commit()
    {
        await CommitParentsAsync();
        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        var unchanged = await CommitAsync(Applications, At(3), 1, Write("app-1", """{"id":"app-1"}"""));
        await AssertParentAsync("app-1", At(2));
        await CommitAsync(Applications, At(4), 1, Write("app-1", """{"id":"app-1","v":2}"""));

        Assert.Equal(1, unchanged.Unchanged);
        var parent = await RequireAsync(Applications, "app-1");
        Assert.Equal(At(4), parent.ChangedAt);
        Assert.Equal(At(4), parent.UpdatedAt);
    }

    [Fact]
    public async Task A_bumped_parent_matches_updated_after_and_moves_to_the_end_of_the_order()
    {
        await CommitParentsAsync("app-1", "app-2", "app-3");

        await CommitAsync(Interviews, At(2), 1, Write("int-1", """{"v":1}""", null, Membership("applications", "app-1")));

        Assert.Equal(["app-1"], await IdsAsync(new RecordQuery(Applications) { UpdatedAfter = At(1) }));
        Assert.Equal(["app-2", "app-3", "app-1"], await IdsAsync(new RecordQuery(Applications)));
    }
}
