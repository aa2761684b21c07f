using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// The records one page produced, per scope, in the order scopes were first added (parents before children, so
/// a new child's parent exists when the store bumps it). Records of disabled scopes are dropped here and
/// disabled fields stripped; a record added twice keeps the last version. Thread-safe.
/// </summary>
public sealed class PageBatch(ScopeFilter filter)
{
    private readonly Lock _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Dictionary<string, RecordWrite>> _writes = new(StringComparer.Ordinal);

    /// <summary>Adds a unified record (serialized as Kombo's JSON).</summary>
    public void Add<T>(string scope, string id, string remoteId, T record, IReadOnlyList<ParentLink>? parents = null)
    {
        if (!filter.IsEnabled(scope))
        {
            return;
        }

        var payload = filter.Strip(scope, JsonSerializer.SerializeToUtf8Bytes(record, UnifiedJson.Options));
        AddPayload(scope, new RecordWrite(id, remoteId, payload, parents));
    }

    /// <summary>Adds a record whose payload is already JSON (internal scopes).</summary>
    public void AddPayload(string scope, RecordWrite write)
    {
        if (!filter.IsEnabled(scope))
        {
            return;
        }

        lock (_gate)
        {
            if (!_writes.TryGetValue(scope, out var writes))
            {
                _writes[scope] = writes = new Dictionary<string, RecordWrite>(StringComparer.Ordinal);
                _order.Add(scope);
            }

            writes[write.Id] = write;
        }
    }

    /// <summary>Makes sure <paramref name="scope"/> comes before scopes added later, even while it has no record yet.</summary>
    public void Reserve(string scope)
    {
        lock (_gate)
        {
            if (!_writes.ContainsKey(scope))
            {
                _writes[scope] = new Dictionary<string, RecordWrite>(StringComparer.Ordinal);
                _order.Add(scope);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _writes.Values.Sum(w => w.Count);
            }
        }
    }

    /// <summary>The writes per scope, in commit order.</summary>
    public IReadOnlyList<(string Scope, IReadOnlyList<RecordWrite> Records)> Drain()
    {
        lock (_gate)
        {
            var result = _order.Select(s => (s, (IReadOnlyList<RecordWrite>)_writes[s].Values.ToList())).ToList();
            _order.Clear();
            _writes.Clear();
            return result;
        }
    }
}
