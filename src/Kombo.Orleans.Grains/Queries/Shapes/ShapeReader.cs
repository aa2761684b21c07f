using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>
/// Reads the records a page embeds, in batches: one store query per linked model and page (more only when a
/// batch exceeds the store's page size), by ids or by a link field matching any id of the page.
/// </summary>
internal sealed class ShapeReader(IRecordStore store, string integrationId, CancellationToken cancellationToken)
{
    public IRecordStore Store => store;

    public string IntegrationId => integrationId;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>
    /// Records by id, deleted ones too: a reference (an application's job, an interview's application) still names
    /// its record after that record left SmartRecruiters, and Kombo keeps showing it.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, LinkedRecord>> ByIdsAsync(string model, IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, LinkedRecord>(wanted.Count, StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(RecordQuery.MaxPageSize))
        {
            foreach (var record in await AllAsync(new RecordQuery(Scope(model)) { Ids = chunk, IncludeDeleted = true }))
            {
                found[record.Id] = record;
            }
        }

        return found;
    }

    /// <summary>
    /// Records whose <paramref name="path"/> holds any of <paramref name="values"/> (e.g. the job_postings of a page
    /// of jobs), grouped by that value; live ones only unless <paramref name="includeDeleted"/>.
    /// </summary>
    public async Task<ILookup<string, LinkedRecord>> ByLinkAsync(string model, string path, IEnumerable<string?> values, bool includeDeleted = false)
    {
        var wanted = values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<LinkedRecord>();
        foreach (var chunk in wanted.Chunk(RecordQuery.MaxPageSize))
        {
            found.AddRange(await AllAsync(new RecordQuery(Scope(model))
            {
                Filters = [RecordLinks.IsIndexed(path) ? new PayloadLinkFilter(path, chunk) : new PayloadEqualsFilter(path, chunk)],
                IncludeDeleted = includeDeleted,
            }));
        }

        return found.ToLookup(r => r.String(path) ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Every record the query matches, page after page of the store's largest page.</summary>
    public async Task<IReadOnlyList<LinkedRecord>> AllAsync(RecordQuery query)
    {
        var records = new List<LinkedRecord>();
        RecordCursor? after = null;
        do
        {
            var page = await store.QueryAsync(query with { PageSize = RecordQuery.MaxPageSize, After = after }, cancellationToken);
            records.AddRange(page.Records.Select(r => new LinkedRecord(r)));
            after = page.Next;
        }
        while (after is not null);

        return records;
    }

    public RecordScope Scope(string model) => new(integrationId, model);
}
