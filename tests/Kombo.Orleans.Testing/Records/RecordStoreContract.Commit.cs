using System.Text.Json.Nodes;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    [Fact]
    public async Task A_new_record_is_added_with_changed_at_and_updated_at_at_the_commit_instant()
    {
        var scope = Scope();

        var result = await CommitAsync(scope, At(1), 1, Write("c-1", """{"first_name":"Ada","age":36}""", "sr-1"));

        Assert.Equal(new CommitResult(1, 0, 0, 0, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        Assert.Equal("sr-1", record.RemoteId);
        Assert.Equal(At(1), record.ChangedAt);
        Assert.Equal(At(1), record.UpdatedAt);
        Assert.Null(record.RemoteDeletedAt);
        AssertPayload("""{"first_name":"Ada","age":36}""", record);
    }

    [Fact]
    public async Task An_identical_record_keeps_its_changed_at()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"first_name":"Ada"}"""));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", """{"first_name":"Ada"}"""));

        Assert.Equal(new CommitResult(0, 0, 0, 1, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        Assert.Equal(At(1), record.ChangedAt);
        Assert.Equal(At(1), record.UpdatedAt);
    }

    [Fact]
    public async Task A_rich_payload_written_again_is_unchanged()
    {
        // Unchanged is decided on the hash of the normalized input bytes: a store that hashed its own
        // re-serialisation (say jsonb text, with keys reordered) on one side only would see a change here.
        var scope = Scope();
        const string payload = """{"z":1,"a":{"y":[3,2,1],"b":"x"},"m":null}""";
        await CommitAsync(scope, At(1), 1, Write("c-1", payload));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", payload));

        Assert.Equal(1, result.Unchanged);
        Assert.Equal(At(1), (await RequireAsync(scope, "c-1")).ChangedAt);
    }

    [Fact]
    public async Task A_record_whose_content_changed_is_updated_at_the_commit_instant()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"first_name":"Ada"}"""));

        var result = await CommitAsync(scope, At(2), 1, Write("c-1", """{"first_name":"Ada","last_name":"Lovelace"}"""));

        Assert.Equal(new CommitResult(0, 1, 0, 0, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        Assert.Equal(At(2), record.ChangedAt);
        Assert.Equal(At(2), record.UpdatedAt);
        AssertPayload("""{"first_name":"Ada","last_name":"Lovelace"}""", record);
    }

    [Theory]
    [InlineData("changed_at")]
    [InlineData("remote_deleted_at")]
    public async Task A_store_owned_property_in_the_payload_does_not_make_a_record_look_changed(string property)
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", $$"""{"first_name":"Ada","{{property}}":"2020-01-01T00:00:00Z"}"""));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", $$"""{"{{property}}":"2029-12-31T23:59:59Z","first_name":"Ada"}"""));
        var withoutIt = await CommitAsync(scope, At(3), 3, Write("c-1", """{"first_name":"Ada"}"""));

        Assert.Equal(1, result.Unchanged);
        Assert.Equal(1, withoutIt.Unchanged);
        Assert.Equal(At(1), (await RequireAsync(scope, "c-1")).ChangedAt);
    }

    [Fact]
    public async Task Store_owned_properties_are_not_kept_in_the_stored_payload()
    {
        var scope = Scope();

        await CommitAsync(scope, At(1), 1,
            Write("c-1", """{"first_name":"Ada","changed_at":"2020-01-01T00:00:00Z","remote_deleted_at":"2020-01-02T00:00:00Z"}"""));

        var record = await RequireAsync(scope, "c-1");
        AssertPayload("""{"first_name":"Ada"}""", record);
        Assert.Null(record.RemoteDeletedAt);
        Assert.Equal(At(1), record.ChangedAt);
    }

    [Fact]
    public async Task Only_top_level_store_owned_properties_are_dropped()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"job":{"changed_at":"2020-01-01T00:00:00Z"}}"""));

        var result = await CommitAsync(scope, At(2), 2, Write("c-1", """{"job":{"changed_at":"2021-01-01T00:00:00Z"}}"""));

        Assert.Equal(1, result.Updated);
        var record = await RequireAsync(scope, "c-1");
        Assert.Equal(At(2), record.ChangedAt);
        AssertPayload("""{"job":{"changed_at":"2021-01-01T00:00:00Z"}}""", record);
    }

    [Fact]
    public async Task Payload_content_survives_the_round_trip()
    {
        var scope = Scope();
        var payload = new JsonObject
        {
            ["z_last"] = "Zoë — “quoted” \\ \"escaped\" \n 日本語 😀",
            ["a_first"] = new JsonArray(1, 2.5, -3e-7, true, false, null, "x", new JsonObject { ["nested"] = new JsonArray() }),
            ["empty"] = new JsonObject(),
            ["big"] = 9007199254740993,
            ["nothing"] = null,
        }.ToJsonString();

        await CommitAsync(scope, At(1), 1, Write("c-1", payload));

        AssertPayload(payload, await RequireAsync(scope, "c-1"));
    }

    [Fact]
    public async Task Instants_are_returned_in_utc_truncated_to_microseconds()
    {
        var scope = Scope();
        // 19 ticks past the minute: truncation gives 10 (1 µs); rounding would give 20.
        var at = new DateTimeOffset(At(1).UtcTicks + 19, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(2));

        await CommitAsync(scope, at, 1, Write("c-1", """{"n":1}"""));
        var added = await RequireAsync(scope, "c-1");
        await Store.MarkUnseenDeletedAsync(scope, 2, new DateTimeOffset(At(2).UtcTicks + 9, TimeSpan.Zero), cancellationToken: Ct);
        var deleted = await RequireAsync(scope, "c-1");

        Assert.Equal(At(1).UtcTicks + 10, added.ChangedAt.UtcTicks);
        Assert.Equal(At(1).UtcTicks + 10, added.UpdatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, added.ChangedAt.Offset);
        Assert.Equal(TimeSpan.Zero, added.UpdatedAt.Offset);
        foreach (var instant in new[] { deleted.ChangedAt, deleted.UpdatedAt, deleted.RemoteDeletedAt!.Value })
        {
            Assert.Equal(At(2).UtcTicks, instant.UtcTicks);
            Assert.Equal(TimeSpan.Zero, instant.Offset);
        }
    }

    [Fact]
    public async Task A_change_of_remote_id_alone_is_an_update()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"n":1}""", "sr-old"));

        var result = await CommitAsync(scope, At(2), 1, Write("c-1", """{"n":1}""", "sr-new"));

        Assert.Equal(new CommitResult(0, 1, 0, 0, 0, 0), result);
        var record = await RequireAsync(scope, "c-1");
        Assert.Equal("sr-new", record.RemoteId);
        Assert.Equal(At(2), record.ChangedAt);
        Assert.Equal(At(2), record.UpdatedAt);
    }

    [Fact]
    public async Task One_page_counts_added_updated_restored_unchanged_and_refreshed_records()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("same", """{"v":1}"""), Write("changed", """{"v":1}"""), Write("gone", """{"v":1}"""), Write("raw", """{"v":1,"remote_data":{"r":1}}"""));
        await CommitAsync(scope, At(2), 2, Write("same", """{"v":1}"""), Write("changed", """{"v":1}"""), Write("raw", """{"v":1,"remote_data":{"r":1}}"""));
        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(scope, 2, At(2), cancellationToken: Ct));

        var result = await CommitAsync(scope, At(3), 3,
            Write("new", """{"v":1}"""), Write("same", """{"v":1}"""), Write("changed", """{"v":2}"""), Write("gone", """{"v":1}"""),
            Write("raw", """{"v":1,"remote_data":{"r":2}}"""));

        Assert.Equal(new CommitResult(1, 1, 1, 1, 0, 1), result);
        Assert.Equal(new RecordCounts(5, 0), await Store.CountAsync(scope, Ct));
    }

    [Fact]
    public async Task An_empty_commit_writes_no_record_and_advances_a_given_checkpoint()
    {
        var scope = Scope();

        var result = await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "cursor-1"));

        Assert.Equal(new CommitResult(0, 0, 0, 0, 1, 0), result);
        Assert.Equal(new RecordCounts(0, 0), await Store.CountAsync(scope, Ct));
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal(1, checkpoint.Version);
        Assert.Equal("cursor-1", checkpoint.Value);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"a":1""")]
    [InlineData("")]
    [InlineData("""[{"a":1}]""")]
    [InlineData("\"a string\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("""{"a":1} {"b":2}""")]
    [InlineData("""{"name":"\ud800"}""")]
    public async Task A_payload_that_is_not_one_json_object_rejects_the_whole_commit(string payload)
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "before"), Write("existing", """{"v":1}"""));

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => CommitAsync(scope, At(2), 2, new CheckpointUpdate(1, "after"),
            Write("fresh", """{"v":1}"""), Write("existing", """{"v":2}"""), Write("the-bad-one", payload)));

        Assert.Contains("the-bad-one", error.Message, StringComparison.Ordinal);
        await AssertNothingOfTheSecondCommitWasWrittenAsync(scope);
    }

    [Fact]
    public async Task Two_writes_with_the_same_id_in_one_page_reject_the_whole_commit()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "before"), Write("existing", """{"v":1}"""));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => CommitAsync(scope, At(2), 2, new CheckpointUpdate(1, "after"),
            Write("fresh", """{"v":1}"""), Write("existing", """{"v":2}"""), Write("twice", """{"v":1}"""), Write("twice", """{"v":2}""")));

        await AssertNothingOfTheSecondCommitWasWrittenAsync(scope);
        await AssertAbsentAsync(scope, "twice");
    }

    [Theory]
    [InlineData("no remote id")]
    [InlineData("parent without id")]
    [InlineData("parent without model")]
    public async Task A_write_without_a_remote_id_or_with_an_incomplete_parent_link_rejects_the_whole_commit(string flaw)
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, new CheckpointUpdate(0, "before"), Write("existing", """{"v":1}"""));
        var bad = flaw switch
        {
            "no remote id" => new RecordWrite("the-bad-one", null!, """{"v":1}"""u8.ToArray()),
            "parent without id" => Write("the-bad-one", """{"v":1}""", null, new ParentLink("candidates", "", NestedChange.Any)),
            _ => Write("the-bad-one", """{"v":1}""", null, new ParentLink(null!, "c1", NestedChange.Any)),
        };

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => CommitAsync(scope, At(2), 2, new CheckpointUpdate(1, "after"),
            Write("fresh", """{"v":1}"""), Write("existing", """{"v":2}"""), bad));

        Assert.Contains("the-bad-one", error.Message, StringComparison.Ordinal);
        await AssertNothingOfTheSecondCommitWasWrittenAsync(scope);
    }

    [Fact]
    public async Task Ids_that_differ_only_in_case_are_different_records()
    {
        var scope = Scope();

        var result = await CommitAsync(scope, At(1), 1, Write("abc", """{"v":1}"""), Write("ABC", """{"v":2}"""));

        Assert.Equal(2, result.Added);
        AssertPayload("""{"v":1}""", await RequireAsync(scope, "abc"));
        AssertPayload("""{"v":2}""", await RequireAsync(scope, "ABC"));
    }

    /// <summary>After a rejected second commit: the first commit's state, exactly.</summary>
    private async Task AssertNothingOfTheSecondCommitWasWrittenAsync(RecordScope scope)
    {
        await AssertAbsentAsync(scope, "fresh");
        var existing = await RequireAsync(scope, "existing");
        AssertPayload("""{"v":1}""", existing);
        Assert.Equal(At(1), existing.ChangedAt);
        Assert.Equal(At(1), existing.UpdatedAt);
        Assert.Equal(new RecordCounts(1, 0), await Store.CountAsync(scope, Ct));
        var checkpoint = await Store.GetCheckpointAsync(scope, Ct);
        Assert.Equal(1, checkpoint.Version);
        Assert.Equal("before", checkpoint.Value);

        // The pass mark was not raised either: pass 2 still counts "existing" unseen.
        Assert.Equal(1, await Store.MarkUnseenDeletedAsync(scope, 2, At(3), cancellationToken: Ct));
    }
}
