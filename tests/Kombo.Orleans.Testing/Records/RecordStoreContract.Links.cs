using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

public abstract partial class RecordStoreContract
{
    [Fact]
    public async Task A_link_filter_keeps_records_whose_top_level_field_is_one_of_the_values_ordinally()
    {
        var scope = Scope("applications");
        await CommitAsync(scope, At(1), 1,
            Write("a1", """{"candidate_id":"C1"}"""),
            Write("a2", """{"candidate_id":"C2"}"""),
            Write("a3", """{"candidate_id":"c1"}"""),
            Write("a4", """{"job_id":"C1"}"""),
            Write("a5", """{"candidate_id":null}"""));

        Assert.Equal(["a1"], await LinkedAsync(scope, "candidate_id", "C1"));
        Assert.Equal(["a1", "a2"], await LinkedAsync(scope, "candidate_id", "C1", "C2", "nobody"));
        Assert.Empty(await LinkedAsync(scope, "candidate_id"));
        Assert.Equal(["a4"], await LinkedAsync(scope, "job_id", "C1"));
    }

    [Fact]
    public async Task A_link_filter_reads_the_top_level_scalar_only_never_arrays_objects_or_nested_fields()
    {
        var scope = Scope("applications");
        await CommitAsync(scope, At(1), 1,
            Write("array", """{"candidate_id":["C1"]}"""),
            Write("object", """{"candidate_id":{"id":"C1"}}"""),
            Write("nested", """{"candidate":{"candidate_id":"C1"}}"""),
            Write("number", """{"candidate_id":42}"""),
            Write("scalar", """{"candidate_id":"C1"}"""));

        Assert.Equal(["scalar"], await LinkedAsync(scope, "candidate_id", "C1"));
        Assert.Equal(["number"], await LinkedAsync(scope, "candidate_id", "42"));
    }

    [Fact]
    public async Task A_link_filter_combines_with_the_other_conditions_of_a_query()
    {
        var scope = Scope("applications");
        await CommitAsync(scope, At(1), 1, Write("old", """{"candidate_id":"C1","outcome":"HIRED"}"""));
        await CommitAsync(scope, At(5), 1, Write("new", """{"candidate_id":"C1","outcome":"PENDING"}"""), Write("other", """{"candidate_id":"C2","outcome":"PENDING"}"""));

        var query = new RecordQuery(scope)
        {
            UpdatedAfter = At(2),
            Filters = [new PayloadLinkFilter("candidate_id", ["C1", "C2"]), new PayloadEqualsFilter("outcome", ["PENDING"])],
            Ids = ["new", "old"],
        };

        Assert.Equal(["new"], await IdsAsync(query));
    }

    [Fact]
    public async Task A_link_filter_on_a_dotted_path_is_refused()
    {
        var query = new RecordQuery(Scope("applications")) { Filters = [new PayloadLinkFilter("candidate.id", ["C1"])] };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryAsync(query, Ct));
    }

    private async Task<List<string>> LinkedAsync(RecordScope scope, string field, params string[] values) =>
        (await IdsAsync(new RecordQuery(scope) { Filters = [new PayloadLinkFilter(field, values)] })).Order(StringComparer.Ordinal).ToList();
}
