using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Kombo.Orleans.Abstractions.Tests;

/// <summary>Orleans' wire serializer, as a silo or client configures it.</summary>
internal static class OrleansSerialization
{
    private static readonly Lazy<Serializer> Instance = new(() =>
        new ServiceCollection()
            .AddSerializer()
            .BuildServiceProvider()
            .GetRequiredService<Serializer>());

    public static Serializer Serializer => Instance.Value;

    /// <summary>Serializes <paramref name="value"/> as an <see cref="object"/> (so the runtime type travels) and back.</summary>
    public static object RoundTrip(object value) =>
        Serializer.Deserialize<object>(Serializer.SerializeToArray(value))
        ?? throw new InvalidOperationException("Orleans returned null.");

    public static T RoundTrip<T>(T value)
        where T : notnull =>
        Serializer.Deserialize<T>(Serializer.SerializeToArray(value))
        ?? throw new InvalidOperationException("Orleans returned null.");
}
