using Orleans.Runtime;

namespace Kombo.Orleans.Testing.Grains;

[GrainType("kombo-test-reminder-probe")]
public sealed class ReminderProbeGrain(ILocalSiloDetails silo) : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    Task IReminderProbeGrain.ArmAsync(TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderTicks.Record(this.GetPrimaryKeyString(), silo.SiloAddress.ToString());
        return Task.CompletedTask;
    }
}
