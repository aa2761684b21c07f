using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary><c>remote_data</c>: the SmartRecruiters JSON a record was built from, keyed by the API path it came from.</summary>
public static class RemoteData
{
    public static IReadOnlyDictionary<string, RawJson> Of(params (string Path, object? Source)[] sources)
    {
        var data = new Dictionary<string, RawJson>(StringComparer.Ordinal);
        foreach (var (path, source) in sources)
        {
            if (source is not null)
            {
                data[path] = source is RawJson raw ? raw : RawJson.Serialize(source, SmartRecruitersJson.Options);
            }
        }

        return data;
    }
}
