namespace Kombo.Orleans.Silo.Hosting;

/// <summary>Where a silo keeps membership, grain state, reminders and the synced records (<c>IRecordStore</c>).</summary>
public enum StorageMode
{
    /// <summary>No connection string: one silo, localhost clustering, everything in memory.</summary>
    Embedded,

    /// <summary><c>ConnectionStrings__Postgres</c> set: durable and clusterable.</summary>
    Postgres,
}
