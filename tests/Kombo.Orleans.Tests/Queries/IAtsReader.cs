namespace Kombo.Orleans.Tests.Queries;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;

/// <summary>Reads every result of an ATS endpoint of a synced account, through whichever path a test is about.</summary>
public interface IAtsReader
{
    Task<IReadOnlyList<JsonElement>> ListAllAsync(AtsEndpoint endpoint, Dictionary<string, string[]>? filters = null);
}
