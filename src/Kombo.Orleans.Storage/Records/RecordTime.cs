namespace Kombo.Orleans.Storage.Records;

/// <summary>Store instants are UTC microseconds (PostgreSQL's <c>timestamptz</c>); both stores truncate alike.</summary>
public static class RecordTime
{
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var utc = instant.UtcTicks;
        return new DateTimeOffset(utc - (utc % 10), TimeSpan.Zero);
    }
}
