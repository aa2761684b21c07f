namespace Kombo.Orleans.Silo.Hosting;

/// <summary>Where a silo keeps membership, grain state and reminders.</summary>
public enum StorageMode
{
    /// <summary>No connection string: one silo, localhost clustering, everything in memory.</summary>
    Embedded,

    /// <summary><c>ConnectionStrings__Postgres</c> set: durable and clusterable.</summary>
    Postgres,
}
