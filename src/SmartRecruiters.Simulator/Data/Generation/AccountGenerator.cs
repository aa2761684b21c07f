using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Data.Generation;

/// <summary>Generates an account's configuration, users and jobs (kept in memory; candidates are generated lazily).</summary>
internal static class AccountGenerator
{
    public static AccountConfiguration Configuration(ulong seed)
    {
        var rng = Rng.For(seed, "configuration", 0);
        var configuration = new AccountConfiguration();
        configuration.SystemRoles.AddRange(
        [
            new("ADMINISTRATOR", "Administrator"), new("EXTENDED", "Extended"), new("STANDARD", "Standard"),
            new("RESTRICTED", "Restricted"), new("EMPLOYEE", "Employee"),
            new(rng.NextObjectId(), "Custom recruiter role"), new(rng.NextObjectId(), "Hiring lead"),
        ]);
        configuration.CustomRoleBases[configuration.SystemRoles[^2].Id] = "EXTENDED";
        configuration.CustomRoleBases[configuration.SystemRoles[^1].Id] = "STANDARD";

        configuration.HiringProcesses.Add(Process(rng.NextObjectId(), "Default hiring process", true,
            ["Phone screen", "Hiring manager review"], ["1st interview", "Onsite", "Final interview"], ["Offer sent", "Offer accepted"]));
        configuration.HiringProcesses.Add(Process(rng.NextObjectId(), "Engineering hiring", true,
            ["Phone screen", "Coding challenge"], ["Technical interview", "Onsite"], ["Offer sent"]));
        configuration.HiringProcesses.Add(Process(rng.NextObjectId(), "Legacy process", false,
            ["Legacy screening"], ["Panel interview"], ["Verbal offer"]));
        configuration.OrphanSubStatuses["IN_REVIEW"] = ["Old phone screen"];
        configuration.OrphanSubStatuses["INTERVIEW"] = ["Assessment centre"];
        configuration.OrphanSubStatuses["OFFERED"] = [];

        foreach (var label in new[] { "Not qualified", "Position filled", "Salary expectations", "Failed assessment", "Culture fit", "No show" })
        {
            configuration.RejectionReasons.Add(new(rng.NextObjectId(), label));
        }

        foreach (var label in new[] { "Accepted another offer", "Personal reasons", "Compensation", "Relocation" })
        {
            configuration.WithdrawalReasons.Add(new(rng.NextObjectId(), label));
        }

        foreach (var label in Pools.Departments)
        {
            configuration.Departments.Add(new(rng.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture), label));
        }

        return configuration;
    }

    public static List<SimUser> Users(ulong seed, int count, string companyDomain, AccountConfiguration configuration, DateTimeOffset asOf)
    {
        var users = new List<SimUser>(count);
        for (var i = 0; i < count; i++)
        {
            var rng = Rng.For(seed, "user", i);
            var first = rng.Pick(Pools.FirstNames);
            var last = rng.Pick(Pools.LastNames);
            // The first users carry one quirk each, so even a tiny account has them all; later ones at random.
            var roll = i switch { 1 => 0, 2 => 4, 3 => 7, 4 => 9, _ => rng.Next(100) };
            var email = roll switch
            {
                < 3 => null,
                < 6 => $"{Ascii(first)}.{Ascii(last)}@",                      // malformed: no domain
                < 8 => $"{Ascii(first)}..{Ascii(last)}@{companyDomain}",       // malformed: double dot
                < 11 when users.Count > 0 => users[rng.Next(users.Count)].Email, // shared with another user
                _ => $"{Ascii(first)}.{Ascii(last)}{i}@{companyDomain}",
            };
            users.Add(new SimUser
            {
                Id = rng.NextObjectId(),
                FirstName = first,
                LastName = last,
                Email = email,
                Active = i != 4 && (i < 4 || rng.Chance(0.9)),
                SystemRoleId = i switch
                {
                    0 => "ADMINISTRATOR",
                    1 => configuration.SystemRoles[^1].Id, // a custom role
                    _ => rng.Pick(configuration.SystemRoles).Id,
                },
                UpdatedOn = asOf.AddMinutes(-rng.Next(60, 60 * 24 * 700)),
                LanguageCode = rng.Chance(0.8) ? "en" : rng.Pick(["pl", "de", "fr"]),
                Location = rng.Chance(0.7) ? Place(ref rng, withAddress: false) : null,
            });
        }

        return users;
    }

    public static List<SimJob> Jobs(ulong seed, int count, string companyIdentifier, AccountConfiguration configuration, IReadOnlyList<SimUser> users, DateTimeOffset asOf)
    {
        var jobs = new List<SimJob>(count);
        for (var i = 0; i < count; i++)
        {
            jobs.Add(Job(seed, i, companyIdentifier, configuration, users, asOf));
        }

        // GET /jobs?sort=job_id pages in id order.
        jobs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return jobs;
    }

    private static SimJob Job(ulong seed, int index, string companyIdentifier, AccountConfiguration configuration, IReadOnlyList<SimUser> users, DateTimeOffset asOf)
    {
        var rng = Rng.For(seed, "job", index);
        var created = asOf.AddMinutes(-rng.Next(60 * 24 * 30, 60 * 24 * 800));
        var status = rng.Next(100) switch
        {
            < 8 => "CREATED",
            < 55 => "SOURCING",
            < 65 => "INTERVIEW",
            < 72 => "OFFER",
            < 84 => "FILLED",
            < 92 => "ON_HOLD",
            _ => "CANCELLED",
        };
        var postingStatus = status == "CREATED" ? "NOT_PUBLISHED" : rng.Next(100) switch
        {
            < 70 => "PUBLIC",
            < 82 => "INTERNAL",
            < 90 => "PRIVATE",
            _ => "NOT_PUBLISHED",
        };
        var title = rng.Pick(Pools.JobTitles);
        var employment = rng.Pick(Pools.EmploymentTypes);
        var job = new SimJob
        {
            Id = rng.NextGuid().ToString(),
            PostingId = (3_000_000_000L + (long)(rng.NextULong() % 1_000_000_000UL)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = title,
            RefNumber = rng.Chance(0.85) ? $"REF-{1000 + index}" : null,
            CreatedOn = created,
            Status = status,
            PostingStatus = postingStatus,
            Department = rng.Chance(0.9) ? rng.Pick(configuration.Departments) : null,
            Location = Place(ref rng, withAddress: rng.Chance(0.5)),
            TypeOfEmployment = new SimLabel(employment.Id, employment.Label),
            Function = Label(rng.Pick(Pools.Functions)),
            Industry = Label(rng.Pick(Pools.Industries)),
            ExperienceLevel = rng.Chance(0.8) ? Label(rng.Pick(Pools.ExperienceLevels)) : null,
            Compensation = rng.Chance(0.5) ? (rng.Next(40, 90) * 1000m, rng.Next(90, 160) * 1000m, rng.Pick(["USD", "EUR", "PLN"])) : null,
            TargetHiringDate = rng.Chance(0.4) ? created.AddDays(rng.Next(30, 120)) : null,
            CreatorUserId = users.Count > 0 ? rng.Pick(users).Id : null,
            Sections = Sections(ref rng, title),
        };

        var history = StatusPath(status);
        var at = created;
        foreach (var step in history)
        {
            job.StatusHistory.Add(new SimStatusChange(at, step));
            at = at.AddDays(rng.Next(1, 20));
        }

        job.UpdatedOn = Min(asOf, at.AddDays(rng.Next(0, 30)));
        job.LastActivityOn = Min(asOf, job.UpdatedOn.AddDays(rng.Next(0, 10)));

        var published = postingStatus != "NOT_PUBLISHED";
        var defaultAd = new SimJobAd
        {
            Id = rng.NextGuid().ToString(),
            PostingUuid = rng.NextGuid().ToString(),
            Title = title,
            Sections = job.Sections,
            CreatedOn = created,
            UpdatedOn = job.UpdatedOn,
            PostingStatus = published ? "PUBLISHED" : "NOT_PUBLISHED",
            Default = true,
            Visibility = postingStatus switch { "INTERNAL" => "INTERNAL", "PRIVATE" => "PRIVATE", _ => "PUBLIC" },
            CreatorUserId = job.CreatorUserId,
        };
        defaultAd.ApplyUrl = $"https://jobs.smartrecruiters.com/{companyIdentifier}/{job.PostingId}-{Slug(title)}?oga=true";
        job.Ads.Add(defaultAd);
        if (rng.Chance(0.2))
        {
            job.Ads.Add(new SimJobAd
            {
                Id = rng.NextGuid().ToString(),
                PostingUuid = rng.NextGuid().ToString(),
                Title = title + " (Polish)",
                LanguageCode = "pl",
                Sections = job.Sections with { JobDescription = ("Opis stanowiska", "<p>Dołącz do nas.</p>") },
                CreatedOn = created.AddDays(1),
                UpdatedOn = job.UpdatedOn,
                PostingStatus = "NOT_PUBLISHED",
                Default = false,
                Visibility = "INTERNAL",
                CreatorUserId = job.CreatorUserId,
            });
        }

        if (users.Count > 0)
        {
            var members = Math.Min(users.Count, rng.Next(1, 5));
            var start = rng.Next(users.Count);
            for (var m = 0; m < members; m++)
            {
                var role = m switch
                {
                    0 => "HIRING_MANAGER",
                    1 => "RECRUITER",
                    _ => rng.Next(100) switch
                    {
                        < 40 => "INTERVIEW_TEAM",
                        < 60 => "COORDINATOR",
                        < 75 => "EXECUTIVE",
                        _ => rng.Pick(Pools.CustomHiringTeamRoles),
                    },
                };
                job.HiringTeam.Add(new SimHiringTeamMember(users[(start + m) % users.Count].Id, role));
            }
        }

        if (rng.Chance(0.5))
        {
            job.Properties.Add(("f3a2c1d0-1111-4e5f-8a9b-000000000001", "Cost center", rng.NextObjectId(), rng.Pick(["CC-100", "CC-200", "CC-300"])));
        }

        if (published && defaultAd.Visibility == "PUBLIC")
        {
            job.Questions.AddRange(Questions(ref rng));
        }

        return job;
    }

    private static IEnumerable<SimQuestion> Questions(ref Rng rng)
    {
        SimLabel[] yesNo = [new("yes", "Yes"), new("no", "No")];
        var all = new List<SimQuestion>
        {
            new("q-experience", "How many years of experience do you have?", false,
                [new("q-experience-f", "Years", "INPUT_TEXT", true, null, [])]),
            new("q-motivation", "Why do you want to join us?", false,
                [new("q-motivation-f", "Motivation", "TEXTAREA", false, null, [])]),
            new("q-relocate", "Are you willing to relocate?", false,
                [new("q-relocate-f", "Relocate", "RADIO", true, null, yesNo)]),
            new("q-start", "When could you start?", false,
                [new("q-start-f", "Start", "SINGLE_SELECT", false, null, [new("now", "Immediately"), new("1m", "Within a month"), new("3m", "Within three months")])]),
            new("q-languages", "Which languages do you speak?", false,
                [new("q-languages-f", "Languages", "MULTI_SELECT", false, null, [new("en", "English"), new("pl", "Polish"), new("de", "German")])]),
            new("q-terms", "I accept the terms of the recruitment process", false,
                [new("q-terms-f", "Accept", "CHECKBOX", true, null, [])]),
            new("q-gender", "Gender (voluntary)", false,
                [new("q-gender-f", "Gender", "SINGLE_SELECT", false, "DIVERSITY", [new("f", "Female"), new("m", "Male"), new("x", "Prefer not to say")])]),
            new("q-info", "About our process", false,
                [new("q-info-f", "Two interviews, then an offer.", "INFORMATION", false, null, [])]),
        };
        var count = rng.Next(3, all.Count + 1);
        var offset = rng.Next(all.Count);
        return Enumerable.Range(0, count).Select(k => all[(offset + k) % all.Count]).OrderBy(q => all.IndexOf(q)).ToList();
    }

    internal static IReadOnlyList<string> StatusPath(string status) => status switch
    {
        "CREATED" => ["CREATED"],
        "SOURCING" => ["CREATED", "SOURCING"],
        "INTERVIEW" => ["CREATED", "SOURCING", "INTERVIEW"],
        "OFFER" => ["CREATED", "SOURCING", "INTERVIEW", "OFFER"],
        "FILLED" => ["CREATED", "SOURCING", "INTERVIEW", "OFFER", "FILLED"],
        "ON_HOLD" => ["CREATED", "SOURCING", "ON_HOLD"],
        _ => ["CREATED", "SOURCING", "CANCELLED"],
    };

    private static SimHiringProcess Process(string id, string name, bool active, string[] review, string[] interview, string[] offered)
    {
        var process = new SimHiringProcess { Id = id, Name = name, Active = active };
        process.SubStatuses["IN_REVIEW"].AddRange(review);
        process.SubStatuses["INTERVIEW"].AddRange(interview);
        process.SubStatuses["OFFERED"].AddRange(offered);
        return process;
    }

    private static SimJobAdSections Sections(ref Rng rng, string title) => new(
        CompanyDescription: ("Company Description", "<p>We build software people love.</p>"),
        JobDescription: ("Job Description", $"<p>As a {title} you will own meaningful work.</p>"),
        Qualifications: rng.Chance(0.8) ? ("Qualifications", "<ul><li>Curiosity</li><li>Ownership</li></ul>") : ("Qualifications", ""),
        AdditionalInformation: rng.Chance(0.5) ? ("", "<p>Hybrid work, private healthcare.</p>") : ("Additional Information", ""));

    internal static SimLocation Place(ref Rng rng, bool withAddress)
    {
        var place = rng.Pick(Pools.Places);
        return new SimLocation(place.Country, place.Code, place.Region, place.RegionCode, place.City,
            withAddress ? $"{rng.Next(1, 200)} Main Street" : null, withAddress ? place.Postal : null,
            rng.Chance(0.15), place.Lat, place.Lng);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> AsciiNames = new(StringComparer.Ordinal);

    /// <summary>A name as it appears in emails and handles: lower-case ASCII letters only (cached: names come from small pools).</summary>
    internal static string Ascii(string name) => AsciiNames.GetOrAdd(name, static n =>
        new(n.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray()));

    private static SimLabel Label((string Id, string Label) pair) => new(pair.Id, pair.Label);

    private static string Slug(string title) => string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
