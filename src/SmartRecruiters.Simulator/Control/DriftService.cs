using System.Collections.Concurrent;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Data.Mutations;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Control;

/// <summary>
/// Drift mode: N random changes per minute to an account while clients sync it: personal-data
/// edits, status moves, tag changes, new candidates, interviews and offers, as a live account sees.
/// </summary>
public sealed class DriftService(
    AccountRegistry accounts, CandidateMutations candidates, ApplicationMutations applications, TimeProvider time, ILogger<DriftService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private readonly ConcurrentDictionary<string, (double PerMinute, double Owed)> _rates = new(StringComparer.OrdinalIgnoreCase);

    public void SetRate(string account, double changesPerMinute)
    {
        if (changesPerMinute <= 0)
        {
            _rates.TryRemove(account, out _);
        }
        else
        {
            _rates[account] = (changesPerMinute, 0);
        }
    }

    public double RateOf(string account) => _rates.TryGetValue(account, out var rate) ? rate.PerMinute : 0;

    /// <summary>Applies one random change to the account now; returns what it did.</summary>
    public string Step(SimAccount account, Random random)
    {
        lock (account.Sync)
        {
            var index = random.Next(Math.Max(1, account.Candidates.Capacity));
            if (account.Candidates.GetForUpdate(index) is not { } candidate)
            {
                return "skipped (deleted candidate)";
            }

            switch (random.Next(6))
            {
                case 0:
                    candidates.UpdatePersonal(account, candidate, new PersonalData(null, null, null, $"+48 600 {random.Next(100, 999)} {random.Next(100, 999)}", null, null));
                    return $"phone of {candidate.Id}";
                case 1 when candidate.Applications.Count > 0:
                    var application = candidate.Applications[random.Next(candidate.Applications.Count)];
                    var status = ApplicationMutations.Statuses[random.Next(ApplicationMutations.Statuses.Length)];
                    var subStatus = account.Configuration.SubStatusesOf(status, activeOnly: true).FirstOrDefault();
                    var reason = status == "REJECTED" ? account.Configuration.RejectionReasons[0].Id : status == "WITHDRAWN" ? account.Configuration.WithdrawalReasons[0].Id : null;
                    applications.ChangeStatus(account, candidate, application, status, subStatus, reason, null);
                    return $"status of {application.ApplicationId} to {status}";
                case 2:
                    candidates.SetTags(account, candidate, [$"drift-{random.Next(10)}"], replace: false);
                    return $"tag on {candidate.Id}";
                case 3 when account.Jobs.Count > 0:
                    var job = account.Jobs[random.Next(account.Jobs.Count)];
                    var created = candidates.CreateOnJob(account, job, new PersonalData("Drift", $"Candidate{random.Next()}", $"drift{random.Next()}@example.org", null, null, null), [], "API");
                    return $"new candidate {created.Candidate.Id}";
                case 4 when candidate.Applications.Count > 0 && account.Users.Count > 0:
                    var target = candidate.Applications[0];
                    applications.AddInterview(account, target, account.Users[0].Id, [account.Users[random.Next(account.Users.Count)].Id],
                        time.GetUtcNow().AddDays(random.Next(1, 10)), TimeSpan.FromMinutes(45), random.Next(1, 3), "Drift interview");
                    return $"interview on {target.ApplicationId}";
                case 5 when candidate.Applications.SelectMany(a => a.Offers).Any():
                    var withOffer = candidate.Applications.First(a => a.Offers.Count > 0);
                    applications.ChangeOfferStatus(account, withOffer, withOffer.Offers[^1], random.Next(2) == 0 ? "ACCEPTED" : "NOT_ACCEPTED");
                    return $"offer on {withOffer.ApplicationId}";
                default:
                    candidates.SetTags(account, candidate, [$"drift-{random.Next(10)}"], replace: false);
                    return $"tag on {candidate.Id}";
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        var random = new Random();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (identifier, (perMinute, owed)) in _rates)
            {
                var due = owed + perMinute * Tick.TotalMinutes;
                var now = (int)Math.Floor(due);

                // Only if the rate is still the one read: a DELETE /drift (or a new rate) in between must not be undone.
                if (!_rates.TryUpdate(identifier, (perMinute, due - now), (perMinute, owed)) || accounts.FindByIdentifier(identifier) is not { } account)
                {
                    continue;
                }

                for (var i = 0; i < now; i++)
                {
                    try
                    {
                        Step(account, random);
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                    {
                        logger.LogWarning(ex, "Drift step on {Account} failed", identifier);
                    }
                }
            }
        }
    }
}
