namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// The checks every store runs on a page before it touches anything, so both reject the same pages with the
/// same messages (payloads are checked by <see cref="NormalizedPayload"/>).
/// </summary>
public static class PageValidation
{
    /// <exception cref="ArgumentException">A null record, an empty or duplicate id, a missing remote id, or a parent link without a model or an id.</exception>
    public static void Validate(IReadOnlyList<RecordWrite> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var seen = new HashSet<string>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var write = records[i] ?? throw new ArgumentException($"Record {i} of the page is null.", nameof(records));
            if (string.IsNullOrEmpty(write.Id))
            {
                throw new ArgumentException($"Record {i} of the page has no id.", nameof(records));
            }

            if (write.RemoteId is null)
            {
                throw new ArgumentException($"Record '{write.Id}' has no remote id.", nameof(records));
            }

            if (!seen.Add(write.Id))
            {
                throw new ArgumentException($"Record '{write.Id}' appears twice in one page.", nameof(records));
            }

            if (write.Parents?.Any(link => link?.Model is null || string.IsNullOrEmpty(link.Id)) == true)
            {
                throw new ArgumentException($"Record '{write.Id}' has a parent link without a model or an id.", nameof(records));
            }
        }
    }
}
