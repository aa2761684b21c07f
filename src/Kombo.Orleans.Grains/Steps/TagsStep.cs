using Kombo.Orleans.Grains.Steps.Candidates;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Tags, derived from the tag spellings the candidates step stored (SmartRecruiters has no tag list): one tag per
/// spelling ignoring case, named by the first spelling still carried. No SmartRecruiters request.
/// </summary>
/// <remarks>
/// A resumed run derives everything again: reading the spellings costs no request and committing the same tags
/// twice changes nothing. A tag no candidate carries any more is not committed, so the FULL's deletion marking
/// gives it <c>remote_deleted_at</c>.
/// </remarks>
public sealed class TagsStep : ISyncStep
{
    public const int PageSize = 1000;

    public string Model => SyncModels.Tags;

    public IReadOnlyList<string> Scopes { get; } = [UnifiedModels.Tag];

    public IReadOnlyList<string> Sources { get; } = [InternalScopes.TagSpellings];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var spellings = await ReadSpellingsAsync(context, cancellationToken);
        var tags = TagMapper.MapAll(context.Mapping, spellings);
        context.Progress(0, tags.Count);
        foreach (var chunk in tags.Chunk(PageSize))
        {
            var batch = context.NewBatch();
            foreach (var tag in chunk)
            {
                batch.Add(UnifiedModels.Tag, tag.Id, tag.RemoteId, tag);
            }

            context.Progress(chunk.Length);
            await context.CommitAsync(batch, new StepPosition("tags"), cancellationToken);
        }
    }

    /// <summary>
    /// The name-deciding spelling of every tag among the live spellings records: per tag only the ordinally first
    /// spelling is kept while reading, so memory grows with the number of tags, not of candidates.
    /// </summary>
    private static async Task<IReadOnlyCollection<string>> ReadSpellingsAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var scope = new RecordScope(context.IntegrationId, InternalScopes.TagSpellings);
        RecordCursor? after = null;
        do
        {
            var page = await context.Store.QueryAsync(new RecordQuery(scope) { PageSize = RecordQuery.MaxPageSize, After = after }, cancellationToken);
            foreach (var record in page.Records)
            {
                foreach (var spelling in TagSpellings.Parse(record.Payload).Tags)
                {
                    if (TagMapper.RemoteId(spelling) is { } key && (!first.TryGetValue(key, out var kept) || string.CompareOrdinal(spelling, kept) < 0))
                    {
                        first[key] = spelling;
                    }
                }
            }

            after = page.Next;
        }
        while (after is not null);

        return first.Values;
    }
}
