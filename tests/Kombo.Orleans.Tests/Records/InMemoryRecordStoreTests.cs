using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;
using Kombo.Orleans.Testing.Records;

namespace Kombo.Orleans.Tests.Records;

/// <summary>The record store contract against the in-memory store (a fresh store per test).</summary>
public sealed class InMemoryRecordStoreTests : RecordStoreContract
{
    protected override IRecordStore Store { get; } = new InMemoryRecordStore();
}
