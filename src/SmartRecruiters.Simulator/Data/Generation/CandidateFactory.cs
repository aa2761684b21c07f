using System.Globalization;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Data.Generation;

/// <summary>
/// Generates candidate number <c>index</c> of an account, with its applications and everything on
/// them (history, screening answers, interviews, offers). Pure: same inputs, same candidate.
/// </summary>
internal sealed class CandidateFactory(ulong seed, IdCodec ids, AccountConfiguration configuration, IReadOnlyList<SimJob> jobs, IReadOnlyList<SimUser> users, DateTimeOffset asOf)
{
    // Snapshots of the configuration as the account was created: generated applications keep the
    // sub-statuses and reasons they were given, whatever later happens to the hiring processes.
    private readonly Dictionary<string, (string[] Active, string[] All, string[] Orphans)> _subStatuses =
        SimHiringProcess.SubStatusParents.ToDictionary(s => s, s => (
            configuration.SubStatusesOf(s, activeOnly: true).ToArray(),
            configuration.SubStatusesOf(s).ToArray(),
            configuration.OrphanSubStatuses.GetValueOrDefault(s) ?? []));

    private readonly SimLabel[] _rejectionReasons = [.. configuration.RejectionReasons];
    private readonly SimLabel[] _withdrawalReasons = [.. configuration.WithdrawalReasons];

    private static readonly (string Status, int Weight)[] StatusWeights =
    [
        ("LEAD", 5), ("NEW", 20), ("IN_REVIEW", 15), ("INTERVIEW", 12), ("OFFERED", 6), ("HIRED", 7),
        ("REJECTED", 25), ("WITHDRAWN", 7), ("TRANSFERRED", 3),
    ];

    private static readonly int TotalWeight = StatusWeights.Sum(w => w.Weight);

    private static readonly string[] Ladder = ["NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED"];

    /// <summary>The cheap part of a candidate, enough to filter and page without generating it.</summary>
    public CandidateHeader Header(int index)
    {
        var rng = Rng.For(seed, "candidate-head", index);
        var created = asOf.AddMinutes(-rng.Next(60 * 24 * 10, 60 * 24 * 700)).AddMilliseconds(-rng.Next(60_000));
        var updated = created.AddMinutes(rng.Next(0, (int)Math.Max(1, (asOf - created).TotalMinutes) - 1)).AddMilliseconds(rng.Next(60_000));
        var applications = jobs.Count == 0 ? 0 : rng.Next(100) switch { < 2 => 0, < 72 => 1, < 92 => 2, _ => 3 };
        return new CandidateHeader(created, updated, applications);
    }

    public SimCandidate Create(int index)
    {
        var header = Header(index);
        var rng = Rng.For(seed, "candidate", index);
        var first = rng.Pick(Pools.FirstNames);
        var last = rng.Pick(Pools.LastNames);
        var candidate = new SimCandidate
        {
            Id = ids.Encode(IdCodec.Candidate, index),
            FirstName = first,
            LastName = last,
            Email = rng.Next(100) switch
            {
                < 5 => null,
                < 7 => $"{AccountGenerator.Ascii(first)}@localhost",
                < 9 => $"{AccountGenerator.Ascii(first)}(at)mail.com",
                _ => $"{AccountGenerator.Ascii(first)}.{AccountGenerator.Ascii(last)}{index}@example.com",
            },
            PhoneNumber = rng.Chance(0.7) ? $"+48 {rng.Next(500, 799)} {rng.Next(100, 999)} {rng.Next(100, 999)}" : null,
            Location = rng.Chance(0.85) ? AccountGenerator.Place(ref rng, withAddress: false) : null,
            CreatedOn = header.CreatedOn,
            UpdatedOn = header.UpdatedOn,
            Internal = rng.Chance(0.05),
            ConsentStatus = rng.Pick(["ACQUIRED", "ACQUIRED", "ACQUIRED", "PENDING", "REQUIRED"]),
        };

        var handle = $"{AccountGenerator.Ascii(first)}-{AccountGenerator.Ascii(last)}-{index}";
        if (rng.Chance(0.6)) candidate.Web["linkedin"] = $"https://www.linkedin.com/in/{handle}";
        if (rng.Chance(0.1)) candidate.Web["twitter"] = $"https://twitter.com/{handle}";
        if (rng.Chance(0.1)) candidate.Web["website"] = $"https://{handle}.example.com";
        if (rng.Chance(0.05)) candidate.Web["skype"] = handle;
        if (rng.Chance(0.05)) candidate.Web["facebook"] = $"https://facebook.com/{handle}";

        var tagCount = rng.Next(100) < 40 ? 0 : rng.Next(1, 4);
        for (var t = 0; t < tagCount; t++)
        {
            var tag = rng.Pick(Pools.Tags);
            tag = configuration.TagRenames.GetValueOrDefault(tag.ToLowerInvariant(), tag);
            if (!candidate.Tags.Contains(tag))
            {
                candidate.Tags.Add(tag);
            }
        }

        var jobsHeld = rng.Next(0, 3);
        for (var e = 0; e < jobsHeld; e++)
        {
            var current = e == 0 && rng.Chance(0.7);
            candidate.Experience.Add(new SimExperience(rng.Pick(Pools.JobTitles), rng.Pick(Pools.Companies), current,
                (2010 + rng.Next(12)).ToString(CultureInfo.InvariantCulture) + "-0" + rng.Next(1, 10),
                current ? null : (2020 + rng.Next(5)).ToString(CultureInfo.InvariantCulture)));
        }

        if (rng.Chance(0.6))
        {
            candidate.Education.Add(new SimEducation("Jagiellonian University", "Master", "Computer Science", false, "2008", "2013"));
        }

        var firstJob = rng.Next(jobs.Count);
        for (var a = 0; a < header.Applications; a++)
        {
            candidate.Applications.Add(Application(index, a, candidate, jobs[(firstJob + a * 7) % jobs.Count]));
        }

        return candidate;
    }

    private SimApplication Application(int candidateIndex, int applicationIndex, SimCandidate candidate, SimJob job)
    {
        var rng = Rng.For(seed, "application", ((long)candidateIndex << 4) | (uint)applicationIndex);
        var status = Weighted(ref rng);
        var created = Max(candidate.CreatedOn, job.CreatedOn).AddHours(rng.Next(1, 72));
        var application = new SimApplication
        {
            ApplicationId = ids.Encode(IdCodec.Application, candidateIndex, applicationIndex),
            CandidateId = candidate.Id,
            JobId = job.Id,
            Status = status,
            CreatedOn = created,
            Source = rng.Pick(Pools.Sources),
        };

        var at = created;
        foreach (var step in Path(ref rng, status))
        {
            application.History.Add(new SimStatusChange(Min(at, asOf), step, SubStatusFor(ref rng, step)));
            at = at.AddHours(rng.Next(6, 24 * 12));
        }

        var last = application.History[^1];
        application.SubStatus = last.SubStatus;
        switch (status)
        {
            case "REJECTED":
                application.ReasonOfRejection = rng.Pick(_rejectionReasons);
                break;
            case "WITHDRAWN":
                application.ReasonOfWithdrawal = rng.Pick(_withdrawalReasons);
                break;
            case "HIRED":
                // Midnight UTC, not DateTime.Date: a DateTime would pick up the host's offset and break determinism.
                application.StartsOn = new DateTimeOffset(last.ChangedOn.UtcDateTime.Date, TimeSpan.Zero).AddDays(rng.Next(14, 45));
                break;
        }

        // Answers, interviews and offers come from streams of their own, generated when first asked for.
        var reached = application.History.Select(h => Array.IndexOf(Ladder, h.Status)).Max();
        application.GenerateDetailsLazily(app =>
        {
            var details = Rng.For(seed, "application-details", ((long)candidateIndex << 4) | (uint)applicationIndex);
            if (status != "LEAD" && job.Questions.Count > 0)
            {
                AddScreeningAnswers(ref details, app, job);
            }

            if (reached >= 2)
            {
                AddInterviews(ref details, app, job, candidateIndex, applicationIndex);
            }

            if (reached >= 3)
            {
                AddOffers(ref details, app, status, candidateIndex, applicationIndex);
            }
        });

        return application;
    }

    private static string Weighted(ref Rng rng)
    {
        var roll = rng.Next(TotalWeight);
        foreach (var (status, weight) in StatusWeights)
        {
            if (roll < weight)
            {
                return status;
            }

            roll -= weight;
        }

        return "NEW";
    }

    private static List<string> Path(ref Rng rng, string status)
    {
        if (status == "LEAD")
        {
            return ["LEAD"];
        }

        var ladderIndex = Array.IndexOf(Ladder, status);
        if (ladderIndex >= 0)
        {
            return [.. Ladder[..(ladderIndex + 1)]];
        }

        // A terminal status, reached from somewhere between NEW and OFFERED.
        var reached = rng.Next(0, 4);
        return [.. Ladder[..(reached + 1)], status];
    }

    private string? SubStatusFor(ref Rng rng, string status)
    {
        if (!_subStatuses.TryGetValue(status, out var labels))
        {
            return null;
        }

        var roll = rng.Next(100);
        if (roll < 10 && labels.Orphans.Length > 0)
        {
            return rng.Pick(labels.Orphans);
        }

        var pool = roll < 20 ? labels.All : labels.Active;
        return pool.Length == 0 ? null : rng.Pick(pool);
    }

    // Answer ids are the question ids, as SmartRecruiters reports them for custom questions.
    private static void AddScreeningAnswers(ref Rng rng, SimApplication application, SimJob job)
    {
        foreach (var question in job.Questions)
        {
            var field = question.Fields[0];
            (string? type, SimLabel[] values) = field.Type switch
            {
                "INPUT_TEXT" => ("text", new[] { new SimLabel("value", rng.Next(0, 15).ToString(CultureInfo.InvariantCulture)) }),
                "TEXTAREA" => ("textarea", [new SimLabel("value", "I like the product."), new SimLabel("value", "And the team.")]),
                "RADIO" => ("radio", [rng.Pick(field.Values)]),
                "SINGLE_SELECT" => ("select", [rng.Pick(field.Values)]),
                "MULTI_SELECT" => ("select", SomeOf(ref rng, field.Values)),
                "CHECKBOX" => ("checkbox", [new SimLabel("value", rng.Chance(0.8) ? "Yes" : "No")]),
                _ => (null, []),
            };
            if (type is null)
            {
                continue;
            }

            application.AddGenerated(new SimScreeningAnswer(question.Id, type, question.Id, question.Label, question.Label,
                [[new SimAnswerField("value", field.Label, values)]]));
        }

        application.AddGenerated(new SimScreeningAnswer("privacy-ack", "acknowledgement", "privacyPolicy", "Privacy policy",
            "I have read the privacy policy", [[new SimAnswerField("value", "Value", [new SimLabel("true", "Confirmed")])]]));
        if (rng.Chance(0.3))
        {
            application.AddGenerated(new SimScreeningAnswer("languages", "languages", "languages", "Languages", "Languages",
                [[new SimAnswerField("language", "Language", [new SimLabel("en", "English")]), new SimAnswerField("level", "Level", [new SimLabel("c1", "Advanced")])]]));
        }
    }

    /// <summary>The first option and, each with even odds, the others: a multi-select answer.</summary>
    private static SimLabel[] SomeOf(ref Rng rng, IReadOnlyList<SimLabel> options)
    {
        var chosen = new List<SimLabel> { options[0] };
        for (var k = 1; k < options.Count; k++)
        {
            if (rng.Chance(0.5))
            {
                chosen.Add(options[k]);
            }
        }

        return [.. chosen];
    }

    private void AddInterviews(ref Rng rng, SimApplication application, SimJob job, int candidateIndex, int applicationIndex)
    {
        var interviewers = job.HiringTeam.Select(m => m.UserId).DefaultIfEmpty(users.Count > 0 ? users[0].Id : "000000000000000000000000").ToList();
        var count = rng.Next(1, 3);
        var interviewStage = application.History.FirstOrDefault(h => h.Status == "INTERVIEW")?.ChangedOn ?? application.CreatedOn;
        for (var i = 0; i < count; i++)
        {
            var interview = new SimInterview
            {
                Id = ids.Encode(IdCodec.Interview, candidateIndex, applicationIndex, i),
                OrganizerId = rng.Pick(interviewers),
                Location = rng.Chance(0.5) ? "Office, 3rd floor" : null,
                Timezone = rng.Pick(["Europe/Warsaw", "America/New_York", "Europe/London"]),
                CreatedOn = interviewStage.AddHours(i * 24 + 1),
            };
            var slots = rng.Chance(0.3) ? rng.Next(2, 4) : 1;
            for (var s = 0; s < slots; s++)
            {
                var starts = interview.CreatedOn.AddDays(2 + s).AddHours(9 + s);
                var slot = new SimTimeslot
                {
                    Id = ids.Encode(IdCodec.Timeslot, candidateIndex, applicationIndex, i, s),
                    Title = rng.Chance(0.7) ? $"Interview round {i + 1}.{s + 1}" : null,
                    InterviewType = rng.Pick(Pools.InterviewTypes),
                    Place = rng.Chance(0.5) ? $"Room {rng.Next(1, 9)}" : null,
                    StartsOn = starts,
                    EndsOn = starts.AddMinutes(rng.Pick([30, 45, 60, 90])),
                    CandidateStatus = rng.Pick(["accepted", "pending", "tentative", "declined"]),
                };
                foreach (var interviewer in interviewers.Take(rng.Next(1, 3)))
                {
                    slot.Interviewers.Add((interviewer, rng.Pick(["accepted", "pending", "declined", "tentative"])));
                }

                interview.Timeslots.Add(slot);
            }

            application.AddGenerated(interview);
        }
    }

    private void AddOffers(ref Rng rng, SimApplication application, string generatedStatus, int candidateIndex, int applicationIndex)
    {
        var offeredAt = application.History.FirstOrDefault(h => h.Status == "OFFERED")?.ChangedOn ?? application.CreatedOn;
        var statuses = generatedStatus switch
        {
            "HIRED" => rng.Chance(0.2) ? new[] { "ABANDONED", "ACCEPTED" } : ["ACCEPTED"],
            "OFFERED" => [rng.Pick(["CREATED", "PENDING_APPROVAL", "APPROVED", "PENDING_ACCEPTANCE", "NOT_APPROVED"])],
            "WITHDRAWN" => ["NOT_ACCEPTED"],
            _ => [rng.Pick(["NOT_ACCEPTED", "ABANDONED"])],
        };
        for (var o = 0; o < statuses.Length; o++)
        {
            var offer = new SimOffer
            {
                Id = ids.Encode(IdCodec.Offer, candidateIndex, applicationIndex, o),
                Status = statuses[o],
                CreatedOn = offeredAt.AddHours(o * 48 + 2),
                UpdatedOn = offeredAt.AddHours(o * 48 + 30),
            };
            offer.Properties["startDate"] = offeredAt.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            offer.Properties["baseSalary"] = (rng.Next(50, 150) * 1000).ToString(CultureInfo.InvariantCulture);
            offer.Properties["currency"] = rng.Pick(["USD", "EUR", "PLN"]);
            application.AddGenerated(offer);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>Creation and update time of a generated candidate, and how many applications it has.</summary>
public readonly record struct CandidateHeader(DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn, int Applications);
