namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>Contexts and small helpers the mapper tests share.</summary>
internal static class MappingTestData
{
    public static readonly DateTimeOffset ObservedAt = new(2026, 2, 3, 4, 5, 6, 789, TimeSpan.Zero);

    public static MappingContext Ctx { get; } = new("smartrecruiters:test-integration", ObservedAt);

    public static MappingContext OtherIntegration { get; } = new("smartrecruiters:another-integration", ObservedAt);

    /// <summary>The remote_data entry at <paramref name="path"/> as JSON.</summary>
    public static System.Text.Json.JsonElement Raw(IReadOnlyDictionary<string, RawJson>? remoteData, string path)
    {
        Assert.NotNull(remoteData);
        Assert.True(remoteData.ContainsKey(path), $"remote_data has no '{path}'; keys: {string.Join(", ", remoteData.Keys)}");
        return remoteData[path].ToElement();
    }
}
