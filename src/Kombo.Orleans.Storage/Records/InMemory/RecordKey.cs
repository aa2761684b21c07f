namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>A record's position in its scope's page order: (<c>updated_at</c> ticks, id by ordinal).</summary>
internal readonly record struct RecordKey(long Ticks, string Id)
{
    /// <summary>Above every real key: real ticks never exceed <see cref="DateTimeOffset.MaxValue"/>'s.</summary>
    public static RecordKey Top { get; } = new(long.MaxValue, "");

    public static IComparer<RecordKey> Order { get; } = Comparer<RecordKey>.Create(static (a, b) =>
    {
        var byTime = a.Ticks.CompareTo(b.Ticks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });
}
