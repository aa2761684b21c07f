namespace Kombo.Orleans.Testing.Grains;

/// <summary>A probe grain that registers a durable reminder and reports each tick to <see cref="ReminderTicks"/>.</summary>
[Alias("kombo.test.reminder-probe")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("arm")]
    Task ArmAsync(TimeSpan dueTime, TimeSpan period);
}
