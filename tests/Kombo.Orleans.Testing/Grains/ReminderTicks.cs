using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Kombo.Orleans.Testing.Grains;

/// <summary>
/// Where in-process probe grains report reminder ticks, so a test awaits the tick itself instead of
/// polling or sleeping. Keyed by grain key; each tick carries the address of the silo that fired it.
/// </summary>
public static class ReminderTicks
{
    private static readonly ConcurrentDictionary<string, Channel<string>> Ticks = new();

    public static void Record(string grainKey, string siloAddress) => For(grainKey).Writer.TryWrite(siloAddress);

    /// <summary>Waits for a tick of <paramref name="grainKey"/> fired on <paramref name="siloAddress"/>.</summary>
    public static async Task WaitForTickOnAsync(string grainKey, string siloAddress, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var firedOn in For(grainKey).Reader.ReadAllAsync(cts.Token))
            {
                if (firedOn == siloAddress)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"Reminder of grain '{grainKey}' did not fire on silo {siloAddress} within {timeout}.");
        }
    }

    private static Channel<string> For(string grainKey) => Ticks.GetOrAdd(grainKey, _ => Channel.CreateUnbounded<string>());
}
