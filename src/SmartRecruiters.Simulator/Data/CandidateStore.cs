using SmartRecruiters.Simulator.Data.Generation;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Data;

/// <summary>
/// An account's candidates: the generated ones are produced on demand from their index (so a
/// million candidates cost no memory); a candidate that is changed, created or deleted is kept in
/// an overlay. Callers hold the account's lock.
/// </summary>
public sealed class CandidateStore
{
    private readonly CandidateFactory _factory;
    private readonly IdCodec _ids;
    private readonly int _generated;
    private readonly DateTimeOffset _asOf;
    private readonly SortedDictionary<int, SimCandidate> _overlay = [];
    private readonly HashSet<int> _deleted = [];
    private int _next;

    internal CandidateStore(CandidateFactory factory, IdCodec ids, int generated, DateTimeOffset asOf)
    {
        _factory = factory;
        _ids = ids;
        _generated = generated;
        _asOf = asOf;
        _next = generated;
    }

    /// <summary>Highest index ever used, plus one.</summary>
    public int Capacity => _next;

    public int DeletedCount => _deleted.Count;

    public bool TryFind(string? id, out int index) =>
        _ids.TryDecode(id, IdCodec.Candidate, out index, out _, out _, out _) && index < _next && !_deleted.Contains(index);

    public SimCandidate? Find(string? id) => TryFind(id, out var index) ? Get(index) : null;

    public SimCandidate? Get(int index)
    {
        if (index < 0 || index >= _next || _deleted.Contains(index))
        {
            return null;
        }

        return _overlay.TryGetValue(index, out var candidate) ? candidate : _factory.Create(index);
    }

    /// <summary>The candidate, kept in the overlay from now on so changes to it stick.</summary>
    public SimCandidate? GetForUpdate(int index)
    {
        if (_overlay.TryGetValue(index, out var candidate))
        {
            return _deleted.Contains(index) ? null : candidate;
        }

        candidate = Get(index);
        if (candidate is not null)
        {
            _overlay[index] = candidate;
        }

        return candidate;
    }

    public (DateTimeOffset UpdatedOn, bool HasApplications) Summary(int index)
    {
        if (_overlay.TryGetValue(index, out var candidate))
        {
            return (candidate.UpdatedOn, candidate.Applications.Count > 0);
        }

        var header = _factory.Header(index);
        return (header.UpdatedOn, header.Applications > 0);
    }

    /// <summary>Indexes from <paramref name="from"/> on, in order, that are live and changed at or after <paramref name="updatedAfter"/>.</summary>
    public IEnumerable<int> Indexes(int from, DateTimeOffset? updatedAfter)
    {
        // Generated candidates were all last updated before the data's as-of instant: a later
        // cut-off can only match candidates in the overlay, so only those are looked at.
        IEnumerable<int> range = updatedAfter > _asOf
            ? _overlay.Keys.Where(i => i >= from)
            : Enumerable.Range(from, Math.Max(0, _next - from));
        foreach (var index in range)
        {
            if (_deleted.Contains(index))
            {
                continue;
            }

            if (updatedAfter is { } cutOff && Summary(index).UpdatedOn < cutOff)
            {
                continue;
            }

            yield return index;
        }
    }

    /// <summary>Whether the candidate was changed or created (and so lives in the overlay).</summary>
    public bool IsMaterialized(int index) => _overlay.ContainsKey(index);

    /// <summary>Every candidate held in the overlay.</summary>
    public IEnumerable<SimCandidate> Materialized => _overlay.Values;

    public SimCandidate Add(Func<string, SimCandidate> create)
    {
        var index = _next++;
        var candidate = create(_ids.Encode(IdCodec.Candidate, index));
        _overlay[index] = candidate;
        return candidate;
    }

    public bool Delete(int index)
    {
        if (index < 0 || index >= _next || !_deleted.Add(index))
        {
            return false;
        }

        _overlay.Remove(index);
        return true;
    }

    /// <summary>Finds an application anywhere in the account by its id.</summary>
    public (SimCandidate Candidate, SimApplication Application)? FindApplication(string? applicationId)
    {
        if (_ids.TryDecode(applicationId, IdCodec.Application, out var index, out _, out _, out _) && Get(index) is { } generated)
        {
            var match = generated.Applications.FirstOrDefault(a => a.ApplicationId == applicationId);
            return match is null ? null : (generated, match);
        }

        // Applications created through the API carry fresh ids: look in the overlay.
        foreach (var candidate in _overlay.Values)
        {
            var match = candidate.Applications.FirstOrDefault(a => a.ApplicationId == applicationId);
            if (match is not null)
            {
                return (candidate, match);
            }
        }

        return null;
    }

    public int GeneratedCount => _generated;
}
