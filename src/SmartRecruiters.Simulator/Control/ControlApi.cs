using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Api.Candidates;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Data.Mutations;
using SmartRecruiters.Simulator.Diagnostics;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Control;

/// <summary>
/// <c>/_sim/…</c>: outside SmartRecruiters' paths, for tests, demos and benchmarks: accounts and
/// credentials, live changes to an account, drift, traffic counters and the request log, settings.
/// No credentials, no rate limits, not counted.
/// </summary>
public static class ControlApi
{
    private static readonly string[] OfferStatuses =
        ["CREATED", "PENDING_APPROVAL", "APPROVED", "NOT_APPROVED", "PENDING_ACCEPTANCE", "ACCEPTED", "NOT_ACCEPTED", "ABANDONED"];

    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapGet("/accounts", (AccountRegistry accounts) => TypedResults.Ok(accounts.Accounts.Select(AccountView).ToList()));
        sim.MapPost("/accounts", CreateAccountAsync);
        sim.MapGet("/settings", (SimulatorOptions options) => TypedResults.Ok(SettingsPatch.Describe(options)));
        sim.MapPut("/settings", PatchSettingsAsync);

        var account = sim.MapGroup("/accounts/{account}");
        account.MapPost("/credentials", AddCredentialAsync);
        account.MapGet("/traffic", Traffic);
        account.MapDelete("/traffic", (string account, AccountRegistry accounts, TrafficRecorder recorder) =>
            InAccount(accounts, account, a => { recorder.For(a).Reset(); return TypedResults.NoContent(); }));
        account.MapGet("/requests", Requests);
        account.MapPut("/drift", SetDriftAsync);
        account.MapDelete("/drift", (string account, AccountRegistry accounts, DriftService drift) =>
            InAccount(accounts, account, a => { drift.SetRate(a.Identifier, 0); return TypedResults.NoContent(); }));
        account.MapPost("/candidates", CreateCandidateAsync);
        account.MapPatch("/candidates/{id}", UpdateCandidateAsync);
        account.MapDelete("/candidates/{id}", DeleteCandidate);
        account.MapPut("/candidates/{id}/jobs/{jobId}/status", ChangeStatusAsync);
        account.MapPost("/candidates/{id}/jobs/{jobId}/interviews", AddInterviewAsync);
        account.MapDelete("/candidates/{id}/jobs/{jobId}/interviews/{interviewId}", RemoveInterview);
        account.MapPost("/candidates/{id}/jobs/{jobId}/offers", AddOfferAsync);
        account.MapPut("/candidates/{id}/jobs/{jobId}/offers/{offerId}/status", ChangeOfferAsync);
        account.MapPost("/tags/rename", RenameTagAsync);
        account.MapPut("/users/{id}/active", SetUserActiveAsync);
        account.MapPut("/hiring-processes/{id}", ChangeHiringProcessAsync);
        return app;
    }

    private static object AccountView(SimAccount a) => new
    {
        identifier = a.Identifier,
        name = a.Name,
        candidates = a.Candidates.Capacity - a.Candidates.DeletedCount,
        jobs = a.Jobs.Count,
        users = a.Users.Count,
        credentials = a.Credentials.Select(c => new { id = c.Id, apiKey = c.ApiKey, clientId = c.ClientId, clientSecret = c.ClientSecret, scopes = c.Scopes.Order(), admin = c.IsAdmin }),
    };

    private static async Task<IResult> CreateAccountAsync(HttpContext context, AccountRegistry accounts, SimulatorOptions options)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context, required: false);
        if (body is null)
        {
            return error!;
        }

        var candidates = Int(body, "candidates") ?? options.Candidates;
        var jobs = Int(body, "jobs") ?? Math.Clamp(candidates / 25, 3, 10_000);
        var users = Int(body, "users") ?? Math.Clamp(jobs / 2, 5, 2_000);
        if (candidates < 0 || jobs < 1 || users < 1)
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "candidates must be ≥ 0, jobs and users ≥ 1.");
        }

        var account = accounts.AddAccount(candidates, jobs, users, Int(body, "seed"));
        return TypedResults.Created($"/_sim/accounts/{account.Identifier}", AccountView(account));
    }

    private static async Task<IResult> AddCredentialAsync(HttpContext context, string account, AccountRegistry accounts)
    {
        if (accounts.FindByIdentifier(account) is not { } found)
        {
            return UnknownAccount(account);
        }

        var (body, error) = await JsonBody.ReadObjectAsync(context, required: false);
        if (body is null || !JsonBody.TryStringArray(body, "scopes", out var scopes, out error))
        {
            return error!;
        }

        var id = $"{found.Identifier}-{Guid.NewGuid().ToString("N")[..8]}";
        var oauth = (body["kind"] as JsonValue)?.ToString() == "oauth";
        var credential = new SimCredential
        {
            Id = id,
            ApiKey = oauth ? null : Guid.NewGuid().ToString("N"),
            ClientId = oauth ? id : null,
            ClientSecret = oauth ? Guid.NewGuid().ToString("N") : null,
            Scopes = body["scopes"] is null ? Scopes.All : scopes.ToHashSet(),
            IsAdmin = body["admin"] is JsonValue admin && admin.TryGetValue<bool>(out var isAdmin) && isAdmin,
        };
        accounts.AddCredential(found, credential);
        return TypedResults.Created($"/_sim/accounts/{account}/credentials/{id}",
            new { id, apiKey = credential.ApiKey, clientId = credential.ClientId, clientSecret = credential.ClientSecret, scopes = credential.Scopes.Order(), admin = credential.IsAdmin });
    }

    private static IResult Traffic(string account, AccountRegistry accounts, TrafficRecorder recorder)
    {
        if (accounts.FindByIdentifier(account) is null)
        {
            return UnknownAccount(account);
        }

        var traffic = recorder.For(account);
        var endpoints = traffic.Endpoints.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => new
        {
            requests = e.Value.Requests,
            served = e.Value.Served,
            rateLimited = e.Value.RateLimited,
            injected = e.Value.Injected,
            clientErrors = e.Value.ClientErrors,
        });
        return TypedResults.Ok(new
        {
            requests = endpoints.Values.Sum(e => e.requests),
            rateLimited = endpoints.Values.Sum(e => e.rateLimited),
            injected = endpoints.Values.Sum(e => e.injected),
            endpoints,
        });
    }

    private static IResult Requests(string account, AccountRegistry accounts, TrafficRecorder recorder, int? limit) =>
        accounts.FindByIdentifier(account) is null
            ? UnknownAccount(account)
            : TypedResults.Ok(recorder.For(account).Log.Reverse().Take(Math.Clamp(limit ?? 100, 1, AccountTraffic.LogCapacity)).ToList());

    private static async Task<IResult> SetDriftAsync(HttpContext context, string account, AccountRegistry accounts, DriftService drift)
    {
        if (accounts.FindByIdentifier(account) is null)
        {
            return UnknownAccount(account);
        }

        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (body["changesPerMinute"] is not JsonValue value || !value.TryGetValue<double>(out var rate) || rate < 0 || rate > 600_000)
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "changesPerMinute must be a number between 0 and 600000.");
        }

        drift.SetRate(account, rate);
        return TypedResults.Ok(new { changesPerMinute = drift.RateOf(account) });
    }

    private static async Task<IResult> PatchSettingsAsync(HttpContext context, SimulatorOptions options)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        return SettingsPatch.TryApply(options, body, out var problem)
            ? TypedResults.Ok(SettingsPatch.Describe(options))
            : SrErrors.BadRequest("INVALID_SETTINGS", problem!);
    }

    private static async Task<IResult> CreateCandidateAsync(HttpContext context, string account, AccountRegistry accounts, CandidateMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null || !JsonBody.TryString(body, "jobId", out var jobId, out error)
            || !PersonalDataReader.TryRead(body, requireIdentity: true, out var data, out error) || !JsonBody.TryStringArray(body, "tags", out var tags, out error))
        {
            return error!;
        }

        return InAccount(accounts, account, a =>
        {
            if (jobId is null || !a.JobsById.TryGetValue(jobId, out var job))
            {
                return SrErrors.BadRequest("JOB_NOT_FOUND", "jobId must name a job of the account.");
            }

            var created = mutations.CreateOnJob(a, job, data, tags, "API");
            return TypedResults.Created($"/candidates/{created.Candidate.Id}",
                new { id = created.Candidate.Id, applicationId = created.Application.ApplicationId, created = created.Created });
        });
    }

    private static async Task<IResult> UpdateCandidateAsync(HttpContext context, string account, string id, AccountRegistry accounts, CandidateMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null || !PersonalDataReader.TryRead(body, requireIdentity: false, out var data, out error))
        {
            return error!;
        }

        return WithCandidate(accounts, account, id, (a, c) =>
        {
            var result = mutations.UpdatePersonal(a, c, data);
            return result.Succeeded ? TypedResults.NoContent() : result.ToErrorResult();
        });
    }

    private static IResult DeleteCandidate(string account, string id, AccountRegistry accounts, CandidateMutations mutations) =>
        InAccount(accounts, account, a => mutations.Delete(a, id) ? TypedResults.NoContent() : SrErrors.NotFound("CANDIDATE_NOT_FOUND", "Candidate not found."));

    private static async Task<IResult> ChangeStatusAsync(HttpContext context, string account, string id, string jobId, AccountRegistry accounts, ApplicationMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null || !JsonBody.TryString(body, "status", out var status, out error) || !JsonBody.TryString(body, "subStatus", out var subStatus, out error)
            || !JsonBody.TryString(body, "reason", out var reason, out error))
        {
            return error!;
        }

        return WithApplication(accounts, account, id, jobId, (a, c, application) =>
        {
            var result = mutations.ChangeStatus(a, c, application, status, subStatus, reason, null);
            return result.Succeeded ? TypedResults.NoContent() : result.ToErrorResult();
        });
    }

    private static async Task<IResult> AddInterviewAsync(
        HttpContext context, string account, string id, string jobId, AccountRegistry accounts, ApplicationMutations mutations, Data.AccountEvents events)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context, required: false);
        if (body is null || !JsonBody.TryString(body, "title", out var title, out error))
        {
            return error!;
        }

        var timeslots = Int(body, "timeslots") ?? 1;
        if (timeslots is < 1 or > 50)
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "timeslots must be between 1 and 50.");
        }

        return WithApplication(accounts, account, id, jobId, (a, _, application) =>
        {
            var organizer = a.Users.FirstOrDefault(u => u.Active) ?? a.Users[0];
            var interview = mutations.AddInterview(a, application, organizer.Id, [organizer.Id], events.Now.AddDays(3), TimeSpan.FromMinutes(45), timeslots, title);
            return TypedResults.Created($"/interviews-api/v201904/interviews/{interview.Id}", new { id = interview.Id, timeslots = interview.Timeslots.Select(t => t.Id) });
        });
    }

    private static IResult RemoveInterview(string account, string id, string jobId, string interviewId, AccountRegistry accounts, ApplicationMutations mutations) =>
        WithApplication(accounts, account, id, jobId, (a, _, application) =>
            mutations.RemoveInterview(a, application, interviewId) ? TypedResults.NoContent() : SrErrors.NotFound("INTERVIEW_NOT_FOUND", "Interview not found."));

    private static async Task<IResult> AddOfferAsync(HttpContext context, string account, string id, string jobId, AccountRegistry accounts, ApplicationMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context, required: false);
        if (body is null || !JsonBody.TryString(body, "status", out var status, out error))
        {
            return error!;
        }

        if (status is not null && !OfferStatuses.Contains(status))
        {
            return SrErrors.BadRequest("INVALID_STATUS", $"status must be one of {string.Join(", ", OfferStatuses)}.");
        }

        var properties = (body["properties"] as JsonObject)?.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString()) ?? [];
        return WithApplication(accounts, account, id, jobId, (a, _, application) =>
        {
            var offer = mutations.AddOffer(a, application, status ?? "CREATED", properties);
            return TypedResults.Created($"/candidates/{id}/jobs/{jobId}/offers/{offer.Id}", new { id = offer.Id });
        });
    }

    private static async Task<IResult> ChangeOfferAsync(HttpContext context, string account, string id, string jobId, string offerId, AccountRegistry accounts, ApplicationMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null || !JsonBody.TryString(body, "status", out var status, out error))
        {
            return error!;
        }

        if (status is null || !OfferStatuses.Contains(status))
        {
            return SrErrors.BadRequest("INVALID_STATUS", $"status must be one of {string.Join(", ", OfferStatuses)}.");
        }

        return WithApplication(accounts, account, id, jobId, (a, _, application) =>
        {
            if (application.Offers.FirstOrDefault(o => o.Id == offerId) is not { } offer)
            {
                return SrErrors.NotFound("OFFER_NOT_FOUND", "Offer not found.");
            }

            mutations.ChangeOfferStatus(a, application, offer, status);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> RenameTagAsync(HttpContext context, string account, AccountRegistry accounts, CandidateMutations mutations)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null || !JsonBody.TryString(body, "from", out var from, out error) || !JsonBody.TryString(body, "to", out var to, out error))
        {
            return error!;
        }

        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to))
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "from and to are required.");
        }

        return InAccount(accounts, account, a => TypedResults.Ok(new { renamedOnChangedCandidates = mutations.RenameTag(a, from, to) }));
    }

    private static async Task<IResult> SetUserActiveAsync(HttpContext context, string account, string id, AccountRegistry accounts, Data.AccountEvents events)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (body["active"] is not JsonValue value || !value.TryGetValue<bool>(out var active))
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "active must be true or false.");
        }

        return InAccount(accounts, account, a =>
        {
            if (!a.UsersById.TryGetValue(id, out var user))
            {
                return SrErrors.NotFound("USER_NOT_FOUND", "User not found.");
            }

            user.Active = active;
            user.UpdatedOn = events.Now;
            a.Touch();
            events.Audit(a, active ? "USER_ACCOUNT_ACTIVATED" : "USER_ACCOUNT_DEACTIVATED", "USER", user.Id);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> ChangeHiringProcessAsync(HttpContext context, string account, string id, AccountRegistry accounts)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        return InAccount(accounts, account, a =>
        {
            if (a.Configuration.HiringProcesses.FirstOrDefault(p => p.Id == id) is not { } process)
            {
                return SrErrors.NotFound("HIRING_PROCESS_NOT_FOUND", "Hiring process not found.");
            }

            if (body["active"] is JsonValue activeValue && activeValue.TryGetValue<bool>(out var active))
            {
                process.Active = active;
            }

            if (body["subStatuses"] is JsonObject subStatuses)
            {
                foreach (var parent in SimHiringProcess.SubStatusParents)
                {
                    if (subStatuses[parent] is JsonArray labels)
                    {
                        process.SubStatuses[parent] = labels.Select(l => l?.ToString() ?? "").Where(l => l.Length > 0).ToList();
                    }
                }
            }

            a.Touch();
            return TypedResults.NoContent();
        });
    }

    private static IResult InAccount(AccountRegistry accounts, string account, Func<SimAccount, IResult> action)
    {
        if (accounts.FindByIdentifier(account) is not { } found)
        {
            return UnknownAccount(account);
        }

        lock (found.Sync)
        {
            return action(found);
        }
    }

    private static IResult WithCandidate(AccountRegistry accounts, string account, string id, Func<SimAccount, SimCandidate, IResult> action) =>
        InAccount(accounts, account, a => a.Candidates.TryFind(id, out var index) && a.Candidates.GetForUpdate(index) is { } candidate
            ? action(a, candidate)
            : SrErrors.NotFound("CANDIDATE_NOT_FOUND", "Candidate not found."));

    private static IResult WithApplication(AccountRegistry accounts, string account, string id, string jobId, Func<SimAccount, SimCandidate, SimApplication, IResult> action) =>
        WithCandidate(accounts, account, id, (a, c) => c.ApplicationFor(jobId) is { } application
            ? action(a, c, application)
            : SrErrors.NotFound("JOB_NOT_FOUND", "Candidate is not assigned to this job."));

    private static IResult UnknownAccount(string account) => SrErrors.NotFound("ACCOUNT_NOT_FOUND", $"No simulated account '{account}'.");

    private static int? Int(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
