using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    /// <summary>
    /// Ids whose ordinal order differs from any culture's (upper case first, digits as characters, accented
    /// letters after 'z'); PostgreSQL gets this only from the "C" collation.
    /// </summary>
    private static readonly string[] TrickyIds = ["b", "B", "a", "A", "é", "z", "Z10", "Z2", "ä", "a-b", "a_b", "ab", "Ab", "10", "9"];

    [Fact]
    public async Task Records_are_ordered_by_updated_at_then_id_ordinal()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, TrickyIds.Select(id => Write(id, """{"v":1}""")).ToArray());
        await CommitAsync(scope, At(0), 1, Write("zz-earliest", """{"v":1}"""));
        await CommitAsync(scope, At(2), 1, Write("0-latest", """{"v":1}"""));

        var ids = await IdsAsync(new RecordQuery(scope) { PageSize = 1000 });

        string[] expected = ["zz-earliest", .. TrickyIds.Order(StringComparer.Ordinal), "0-latest"];
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task Keyset_paging_walks_every_record_exactly_once(int pageSize)
    {
        var scope = Scope();
        // Several records per instant, so pages split ties on updated_at and the id decides.
        for (var minute = 0; minute < 4; minute++)
        {
            await CommitAsync(scope, At(minute), 1, TrickyIds.Skip(minute * 4).Take(5).Select(id => Write($"{minute}:{id}", """{"v":1}""")).ToArray());
        }

        var all = (await Store.QueryAsync(new RecordQuery(scope) { PageSize = 1000 }, Ct)).Records.Select(r => r.Id).ToList();
        var walked = await IdsAsync(new RecordQuery(scope) { PageSize = pageSize });

        Assert.Equal(18, all.Count);
        Assert.Equal(all, walked);
    }

    [Theory]
    [InlineData(3, 6)] // two full pages
    [InlineData(5, 5)] // one full page
    public async Task An_exactly_full_last_page_has_no_next_cursor(int pageSize, int records)
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Enumerable.Range(0, records).Select(i => Write($"c-{i}", """{"v":1}""")).ToArray());

        var page = await Store.QueryAsync(new RecordQuery(scope) { PageSize = pageSize }, Ct);
        while (page.Next is not null)
        {
            Assert.Equal(pageSize, page.Records.Count);
            page = await Store.QueryAsync(new RecordQuery(scope) { PageSize = pageSize, After = page.Next }, Ct);
        }

        Assert.Equal(pageSize, page.Records.Count);
        Assert.Equal($"c-{records - 1}", page.Records[^1].Id);
    }

    [Fact]
    public async Task An_empty_scope_has_one_empty_page()
    {
        var page = await Store.QueryAsync(new RecordQuery(Scope()), Ct);

        Assert.Empty(page.Records);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task The_next_cursor_points_after_the_last_record_of_the_page()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("a", """{"v":1}"""), Write("b", """{"v":1}"""), Write("c", """{"v":1}"""));

        var page = await Store.QueryAsync(new RecordQuery(scope) { PageSize = 2 }, Ct);

        Assert.Equal(new RecordCursor(At(1), "b"), page.Next);
    }

    [Fact]
    public async Task A_cursor_survives_its_text_form()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, TrickyIds.Select(id => Write(id, """{"v":1}""")).ToArray());
        var first = await Store.QueryAsync(new RecordQuery(scope) { PageSize = 4 }, Ct);

        Assert.True(RecordCursor.TryDecode(first.Next!.Encode(), out var decoded));
        var viaText = await Store.QueryAsync(new RecordQuery(scope) { PageSize = 4, After = decoded }, Ct);
        var direct = await Store.QueryAsync(new RecordQuery(scope) { PageSize = 4, After = first.Next }, Ct);

        Assert.Equal(direct.Records.Select(r => r.Id), viaText.Records.Select(r => r.Id));
        Assert.Equal(TrickyIds.Order(StringComparer.Ordinal).Skip(4).Take(4), viaText.Records.Select(r => r.Id));
    }

    [Fact]
    public async Task A_record_updated_during_a_walk_moves_to_the_end_and_none_is_skipped()
    {
        var scope = Scope();
        var ids = Enumerable.Range(0, 10).Select(i => $"c-{i}").ToArray();
        await CommitAsync(scope, At(1), 1, ids.Select(id => Write(id, """{"v":1}""")).ToArray());

        var first = await Store.QueryAsync(new RecordQuery(scope) { PageSize = 3 }, Ct);
        // One record already read and one not yet read change while the client walks.
        await CommitAsync(scope, At(2), 1, Write("c-1", """{"v":2}"""), Write("c-7", """{"v":2}"""));
        var rest = await IdsAsync(new RecordQuery(scope) { PageSize = 3, After = first.Next });

        Assert.Equal(["c-0", "c-1", "c-2"], first.Records.Select(r => r.Id));
        Assert.Equal(["c-3", "c-4", "c-5", "c-6", "c-8", "c-9", "c-1", "c-7"], rest);
    }

    [Fact]
    public async Task Updated_after_is_strict()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("one", """{"v":1}"""));
        await CommitAsync(scope, At(2), 1, Write("two", """{"v":1}"""));
        await CommitAsync(scope, At(3), 1, Write("three", """{"v":1}"""));

        Assert.Equal(["three"], await IdsAsync(new RecordQuery(scope) { UpdatedAfter = At(2) }));
        Assert.Equal(["two", "three"], await IdsAsync(new RecordQuery(scope) { UpdatedAfter = At(2).AddTicks(-10) }));
        Assert.Empty(await IdsAsync(new RecordQuery(scope) { UpdatedAfter = At(3) }));
    }

    [Fact]
    public async Task Ids_and_remote_ids_match_any_value_and_combine_with_and()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("c-1", """{"v":1}""", "sr-1"), Write("c-2", """{"v":1}""", "sr-2"), Write("c-3", """{"v":1}""", "sr-3"));

        Assert.Equal(["c-1", "c-2"], await IdsAsync(new RecordQuery(scope) { Ids = ["c-1", "c-2", "c-404"] }));
        Assert.Equal(["c-2", "c-3"], await IdsAsync(new RecordQuery(scope) { RemoteIds = ["sr-2", "sr-3"] }));
        Assert.Equal(["c-2"], await IdsAsync(new RecordQuery(scope) { Ids = ["c-1", "c-2"], RemoteIds = ["sr-2", "sr-3"] }));
        Assert.Empty(await IdsAsync(new RecordQuery(scope) { Ids = ["c-1"], RemoteIds = ["sr-3"] }));
        Assert.Empty(await IdsAsync(new RecordQuery(scope) { Ids = ["C-1"] })); // ids are keys: ordinal
    }

    [Fact]
    public async Task Equals_filter_is_ordinal_unless_told_to_ignore_case()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("ada", """{"first_name":"Ada"}"""), Write("grace", """{"first_name":"Grace"}"""));

        Assert.Equal(["ada"], await FilterAsync(scope, new PayloadEqualsFilter("first_name", ["Ada"])));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("first_name", ["ada", "ADA"])));
        Assert.Equal(["ada"], await FilterAsync(scope, new PayloadEqualsFilter("first_name", ["aDA"], IgnoreCase: true)));
        Assert.Equal(["ada", "grace"], await FilterAsync(scope, new PayloadEqualsFilter("first_name", ["Ada", "Grace", "Nobody"])));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("first_name", ["Ad"])));
    }

    [Fact]
    public async Task Equals_filter_matches_numbers_and_booleans_by_their_json_text()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("yes", """{"count":42,"active":true}"""), Write("no", """{"count":7,"active":false}"""));

        Assert.Equal(["yes"], await FilterAsync(scope, new PayloadEqualsFilter("count", ["42"])));
        Assert.Equal(["yes"], await FilterAsync(scope, new PayloadEqualsFilter("active", ["true"])));
        Assert.Equal(["no"], await FilterAsync(scope, new PayloadEqualsFilter("active", ["false"])));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("count", ["41"])));
    }

    [Fact]
    public async Task Equals_filter_never_matches_null_or_a_missing_value()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("null", """{"middle_name":null}"""), Write("missing", """{"other":"null"}"""));

        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("middle_name", ["null"])));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("middle_name", ["null"], IgnoreCase: true)));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("middle_name", [""])));
    }

    [Fact]
    public async Task A_path_through_an_array_of_objects_matches_any_element()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("two", """{"email_addresses":[{"email_address":"ada@example.com","type":"WORK"},{"email_address":"lovelace@example.org"}]}"""),
            Write("one", """{"email_addresses":[{"email_address":"grace@example.com"}]}"""),
            Write("none", """{"email_addresses":[]}"""),
            Write("object", """{"email_addresses":{"email_address":"single@example.com"}}"""));

        Assert.Equal(["two"], await FilterAsync(scope, new PayloadEqualsFilter("email_addresses.email_address", ["lovelace@example.org"])));
        Assert.Equal(["one", "two"], await FilterAsync(scope, new PayloadEqualsFilter("email_addresses.email_address", ["grace@example.com", "ada@example.com"])));
        Assert.Equal(["object"], await FilterAsync(scope, new PayloadEqualsFilter("email_addresses.email_address", ["single@example.com"])));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("email_addresses.email_address", ["nobody@example.com"])));
    }

    [Fact]
    public async Task A_path_ending_in_an_array_of_strings_matches_any_element()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("tagged", """{"tags":["remote","senior"]}"""), Write("untagged", """{"tags":[]}"""));

        Assert.Equal(["tagged"], await FilterAsync(scope, new PayloadEqualsFilter("tags", ["senior"])));
        Assert.Equal(["tagged"], await FilterAsync(scope, new PayloadContainsFilter("tags", "EMOT")));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("tags", ["junior"])));
    }

    [Fact]
    public async Task A_path_through_nested_objects_matches()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("berlin", """{"location":{"address":{"city":"Berlin"}}}"""), Write("paris", """{"location":{"address":{"city":"Paris"}}}"""));

        Assert.Equal(["paris"], await FilterAsync(scope, new PayloadEqualsFilter("location.address.city", ["Paris"])));
        Assert.Empty(await FilterAsync(scope, new PayloadEqualsFilter("location.city", ["Paris"])));
    }

    [Fact]
    public async Task Contains_filter_is_a_case_insensitive_substring()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("backend", """{"name":"Senior Backend Engineer"}"""), Write("frontend", """{"name":"Frontend Developer"}"""),
            Write("unnamed", """{"name":null}"""), Write("number", """{"name":12345}"""));

        Assert.Equal(["backend"], await FilterAsync(scope, new PayloadContainsFilter("name", "bACKEND eng")));
        Assert.Equal(["backend", "frontend"], await FilterAsync(scope, new PayloadContainsFilter("name", "END")));
        Assert.Empty(await FilterAsync(scope, new PayloadContainsFilter("name", "designer")));
        // LIKE metacharacters are plain text.
        Assert.Empty(await FilterAsync(scope, new PayloadContainsFilter("name", "%")));
        Assert.Empty(await FilterAsync(scope, new PayloadContainsFilter("name", "Senior_Backend")));
    }

    [Fact]
    public async Task After_filter_matches_timestamps_strictly_after()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("early", """{"remote_created_at":"2024-01-01T00:00:00Z"}"""),
            Write("exact", """{"remote_created_at":"2024-06-01T12:00:00.000Z"}"""),
            Write("offset", """{"remote_created_at":"2024-06-01T14:00:00.000001+02:00"}"""),
            Write("late", """{"remote_created_at":"2025-01-01T00:00:00Z"}"""));
        var june = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(["late", "offset"], await FilterAsync(scope, new PayloadAfterFilter("remote_created_at", june)));
        Assert.Equal(["exact", "late", "offset"], await FilterAsync(scope, new PayloadAfterFilter("remote_created_at", june.AddTicks(-10))));
        Assert.Equal(["early", "exact", "late", "offset"], await FilterAsync(scope, new PayloadAfterFilter("remote_created_at", june.AddYears(-10))));
    }

    [Fact]
    public async Task After_filter_skips_values_that_are_not_timestamps()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("date", """{"remote_created_at":"2024-06-01T12:00:00Z"}"""),
            Write("text", """{"remote_created_at":"not a date"}"""),
            Write("number", """{"remote_created_at":20240601}"""),
            Write("boolean", """{"remote_created_at":true}"""),
            Write("null", """{"remote_created_at":null}"""),
            Write("object", """{"remote_created_at":{"at":"2024-06-01T12:00:00Z"}}"""),
            Write("missing", """{"other":"2024-06-01T12:00:00Z"}"""));

        Assert.Equal(["date"], await FilterAsync(scope, new PayloadAfterFilter("remote_created_at", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public async Task Payload_filters_and_together_and_with_the_other_conditions()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Write("both", """{"status":"OPEN","name":"Backend"}""", "sr-both"),
            Write("status-only", """{"status":"OPEN","name":"Frontend"}"""),
            Write("name-only", """{"status":"CLOSED","name":"Backend"}"""));
        await CommitAsync(scope, At(2), 1, Write("both-later", """{"status":"OPEN","name":"Backend"}"""));
        PayloadFilter[] filters = [new PayloadEqualsFilter("status", ["OPEN"]), new PayloadContainsFilter("name", "back")];

        Assert.Equal(["both", "both-later"], await IdsAsync(new RecordQuery(scope) { Filters = filters }));
        Assert.Equal(["both-later"], await IdsAsync(new RecordQuery(scope) { Filters = filters, UpdatedAfter = At(1) }));
        Assert.Equal(["both"], await IdsAsync(new RecordQuery(scope) { Filters = filters, RemoteIds = ["sr-both"] }));
    }

    [Fact]
    public async Task Filtered_paging_walks_every_match_exactly_once()
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1,
            Enumerable.Range(0, 30).Select(i => Write($"c-{i:D2}", $$"""{"even":{{(i % 2 == 0 ? "true" : "false")}}}""")).ToArray());

        var walked = await IdsAsync(new RecordQuery(scope) { PageSize = 4, Filters = [new PayloadEqualsFilter("even", ["true"])] });

        Assert.Equal(Enumerable.Range(0, 15).Select(i => $"c-{i * 2:D2}"), walked);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task A_page_size_outside_1_to_1000_is_rejected(int pageSize)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.QueryAsync(new RecordQuery(Scope()) { PageSize = pageSize }, Ct));
    }

    [Fact]
    public async Task The_largest_page_size_is_accepted()
    {
        var page = await Store.QueryAsync(new RecordQuery(Scope()) { PageSize = RecordQuery.MaxPageSize }, Ct);

        Assert.Empty(page.Records);
    }

    [Theory]
    [InlineData("Bad-Path")]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData("First_name")]
    [InlineData("name'); drop table x; --")]
    [InlineData("a.b.c.d.e.f.g.h.i")]
    public async Task An_invalid_payload_path_is_rejected(string path)
    {
        var scope = Scope();
        await CommitAsync(scope, At(1), 1, Write("c-1", """{"v":1}"""));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => FilterAsync(scope, new PayloadEqualsFilter(path, ["x"])));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => FilterAsync(scope, new PayloadContainsFilter(path, "x")));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => FilterAsync(scope, new PayloadAfterFilter(path, At(0))));
    }

    [Fact]
    public async Task Queries_see_only_their_own_model()
    {
        await CommitAsync(Scope("candidates"), At(1), 1, Write("x", """{"model":"candidates"}"""));
        await CommitAsync(Scope("jobs"), At(1), 1, Write("x", """{"model":"jobs"}"""), Write("y", """{"model":"jobs"}"""));

        var candidates = await WalkAsync(new RecordQuery(Scope("candidates")));

        AssertPayload("""{"model":"candidates"}""", Assert.Single(candidates));
    }

    /// <summary>The ids a filter matches, in ordinal order (the filter, not the ordering, is under test).</summary>
    private async Task<List<string>> FilterAsync(RecordScope scope, PayloadFilter filter) =>
        (await IdsAsync(new RecordQuery(scope) { Filters = [filter], PageSize = 1000 })).Order(StringComparer.Ordinal).ToList();
}
