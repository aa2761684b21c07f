using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

/// <summary>Instances of every model: fully populated (no null, no empty list) and minimal (every nullable member null, lists empty).</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Changed = new(2024, 3, 5, 12, 31, 10, 447, TimeSpan.Zero);
    public static readonly DateTimeOffset Deleted = new(2024, 4, 1, 8, 0, 0, 1, TimeSpan.Zero);
    public static readonly DateTimeOffset Created = new(2023, 12, 31, 23, 59, 59, 999, TimeSpan.Zero);
    public static readonly DateTimeOffset Updated = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 60, TimeSpan.Zero).AddTicks(1234);

    public static readonly UnifiedLocation Location = new(
        "Berlin", "DE", "Unter den Linden 1, Berlin, Berlin, Germany", "Berlin", "Unter den Linden 1", "Hinterhaus", "10117");

    public static IReadOnlyDictionary<string, RawJson> RemoteData(string path) => new Dictionary<string, RawJson>
    {
        [path] = RawJson.Parse("""{"id":"788d","nested":{"list":[1,2.5,"x",null,true]},"empty":{}}"""),
        [path + "/status/history"] = RawJson.Parse("""[{"status":"NEW","changedOn":"2024-03-05T12:31:10.447Z"}]"""),
    };

    public static IReadOnlyDictionary<string, RawJson> CustomFields() => new Dictionary<string, RawJson>
    {
        ["tshirt_size"] = RawJson.FromString("XL"),
        ["headcount"] = RawJson.Parse("3"),
        ["cost_center"] = RawJson.Parse("""{"id":"cc-1","label":"R&D"}"""),
        ["nothing"] = RawJson.Null,
    };

    public static IReadOnlyList<IntegrationField> IntegrationFields() =>
    [
        new("5NVFhMpB9Ah6by44tzNjZLyE", "firstName", IntegrationFieldType.Default, "First Name", RawJson.FromString("Frank")),
        new("8nuajYpoRd5GnxEQaaWKUDYQ", "customTshirtSize", IntegrationFieldType.Custom, "T-Shirt Size", RawJson.Parse("""{"id":"xl","label":"XL"}""")),
    ];

    public static IReadOnlyList<ScreeningQuestionAnswer> Answers() =>
    [
        new TextScreeningQuestionAnswer("q-text", "Why us?", "Because.\nReally."),
        new SingleSelectScreeningQuestionAnswer("q-single", "Seniority", "Senior"),
        new MultiSelectScreeningQuestionAnswer("q-multi", "Languages", ["German", "English"]),
        new BooleanScreeningQuestionAnswer("q-bool", "Work permit?", true),
        new NumberScreeningQuestionAnswer("q-number", "Years of experience", 7.5m),
        new DateScreeningQuestionAnswer("q-date", "Earliest start", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)),
        new UnknownScreeningQuestionAnswer("q-unknown", "Upload", RawJson.Parse("""{"id":"q-unknown","records":[]}""")),
    ];

    public static readonly IReadOnlyDictionary<string, object> Full = new Dictionary<string, object>
    {
        ["users"] = new UnifiedUser(
            "u1", "ru1", "Ada", "Lovelace", "ada@example.com", UserStatus.Active, RemoteData("/users/ru1"), Changed, Deleted),
        ["jobs"] = new UnifiedJob(
            "j1", "rj1", "Backend Engineer", "REF-1", "<h3>About</h3><p>We build & ship.</p>", false, 40m,
            EmploymentType.FullTime, JobStatus.Open, JobVisibility.Public, "Engineering", "Platform",
            "https://jobs.example.com/apply/1", "Mid-Senior Level", RemoteWorkStatus.Hybrid, 65000m, 60000m, 80000.50m,
            "EUR", SalaryPeriod.Year, Location, CustomFields(), IntegrationFields(), "https://ats.example.com/jobs/rj1",
            Changed, Deleted, Created, Updated, "contact-1", RemoteData("/jobs/rj1"), Changed, Deleted),
        ["job_postings"] = new UnifiedJobPosting(
            "jp1", "rjp1", "j1", "Backend Engineer (m/f/d)", "<p>Join us</p>", JobPostingStatus.Active,
            JobPostingVisibility.Public, "https://jobs.example.com/apply/1", Created, RemoteData("/jobs/rj1/jobads/rjp1"),
            Changed, Deleted),
        ["candidates"] = new UnifiedCandidate(
            "c1", "rc1", "Grace", "Hopper", "Navy", "Rear Admiral", false, "LinkedIn",
            [new PhoneNumber("+49 30 1234567", "MOBILE"), new PhoneNumber("+1 555 0100", "HOME")],
            [new EmailAddress("grace@example.com", "PRIVATE"), new EmailAddress("g.hopper@example.org", "WORK")],
            [new SocialMediaLink("https://linkedin.com/in/grace", SocialMediaType.Linkedin, "grace"),
             new SocialMediaLink("https://grace.example.com", SocialMediaType.Website, "gh")],
            Location, CustomFields(), IntegrationFields(), "https://ats.example.com/candidates/rc1", Created, Updated,
            RemoteData("/candidates/rc1"), Changed, Deleted),
        ["application_stages"] = new UnifiedApplicationStage(
            "s1", "INTERVIEW:Onsite", "Onsite", 4, RemoteData("/configuration/hiring-processes"), Changed, Deleted),
        ["applications"] = new UnifiedApplication(
            "a1", "rc1:rj1", ApplicationOutcome.Declined, "Not a fit", Updated, "s1", "j1", "c1", Answers(),
            CustomFields(), IntegrationFields(), "https://ats.example.com/candidates/rc1/jobs/rj1", Changed, Deleted,
            Created, Updated, RemoteData("/candidates/rc1/jobs/rj1")),
        ["screening_questions"] = new UnifiedScreeningQuestion(
            "sq1", "rsq1", "Seniority", "<p>Pick one</p>",
            new SingleSelectQuestionFormat(SelectDisplayType.Radio, [new QuestionOption("o1", "ro1", "Junior"), new QuestionOption("o2", "ro2", "Senior")]),
            ScreeningQuestionCategory.Eeo, Changed, Deleted),
        ["tags"] = new UnifiedTag("t1", "vip", "VIP", RemoteData("/candidates/rc1"), Changed, Deleted),
        ["interviews"] = new UnifiedInterview(
            "i1", "ri1", "Onsite", Changed, Changed.AddHours(1), Location, "https://meet.example.com/abc", "a1", "s1", true,
            Created, Updated, RemoteData("/interviews-api/v201904/interviews"), Changed, Deleted),
        ["offers"] = new UnifiedOffer(
            "of1", "rof1", OfferStatus.Sent, new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero), "a1", CustomFields(),
            IntegrationFields(), Changed, Deleted, Created, Updated, RemoteData("/candidates/rc1/jobs/rj1/offers")),
        ["rejection_reasons"] = new UnifiedRejectionReason(
            "rr1", "rrr1", "Not a fit", Changed, Deleted, RemoteData("/configuration/rejection-reasons")),
        ["roles"] = new UnifiedRole("r1", "HIRING_MANAGER", "Hiring Manager", RoleScope.Job, RoleUnifiedType.HiringManager, Changed, Deleted),
        ["candidate_tags"] = new UnifiedCandidateTag("ct1", "c1", "t1", Changed, Deleted),
        ["job_application_stages"] = new UnifiedJobApplicationStage("js1", "j1", "s1", 3, Changed, Deleted),
        ["job_screening_questions"] = new UnifiedJobScreeningQuestion(
            "jsq1", "j1", "sq1", 2, true, "sq0", [RawJson.FromString("o1"), RawJson.FromBoolean(true)], Changed, Deleted),
        ["job_user_role_assignments"] = new UnifiedJobUserRoleAssignment("jura1", "htm1", "r1", Changed, Deleted),
        ["job_hiring_team_members"] = new UnifiedJobHiringTeamMember(
            "htm1", "j1", "u1", [HiringTeamRole.HiringManager, HiringTeamRole.Recruiter], Changed, Deleted),
        ["user_roles"] = new UnifiedUserRole("ur1", "u1", "r0", Changed, Deleted),
        ["interviewing_team_members"] = new UnifiedInterviewingTeamMember("itm1", "i1", "u1", Changed, Deleted),
    };

    public static readonly IReadOnlyDictionary<string, object> Minimal = new Dictionary<string, object>
    {
        ["users"] = new UnifiedUser("u1", "ru1", null, null, null, null, null, Changed, null),
        ["jobs"] = new UnifiedJob(
            "j1", "rj1", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, new Dictionary<string, RawJson>(), [], null, null, null, null, null, null, null, Changed, null),
        ["job_postings"] = new UnifiedJobPosting("jp1", "rjp1", "j1", null, null, null, null, null, null, null, Changed, null),
        ["candidates"] = new UnifiedCandidate(
            "c1", "rc1", null, null, null, null, null, null, [], [], [], null, new Dictionary<string, RawJson>(), [], null,
            null, null, null, Changed, null),
        ["application_stages"] = new UnifiedApplicationStage("s1", "LEAD", null, 0, null, Changed, null),
        ["applications"] = new UnifiedApplication(
            "a1", "rc1:rj1", null, null, null, null, null, null, [], new Dictionary<string, RawJson>(), [], null, Changed,
            null, null, null, null),
        ["screening_questions"] = new UnifiedScreeningQuestion("sq1", "rsq1", null, null, null, null, Changed, null),
        ["tags"] = new UnifiedTag("t1", "vip", null, null, Changed, null),
        ["interviews"] = new UnifiedInterview(
            "i1", "ri1", null, null, null, null, null, null, null, null, null, null, null, Changed, null),
        ["offers"] = new UnifiedOffer(
            "of1", "rof1", null, null, null, new Dictionary<string, RawJson>(), [], Changed, null, null, null, null),
        ["rejection_reasons"] = new UnifiedRejectionReason("rr1", "rrr1", null, Changed, null, null),
        ["roles"] = new UnifiedRole("r1", "EXECUTIVE", null, null, null, Changed, null),
        ["candidate_tags"] = new UnifiedCandidateTag("ct1", "c1", "t1", Changed, null),
        ["job_application_stages"] = new UnifiedJobApplicationStage("js1", "j1", "s1", 0, Changed, null),
        ["job_screening_questions"] = new UnifiedJobScreeningQuestion("jsq1", "j1", "sq1", 0, null, null, null, Changed, null),
        ["job_user_role_assignments"] = new UnifiedJobUserRoleAssignment("jura1", "htm1", "r1", Changed, null),
        ["job_hiring_team_members"] = new UnifiedJobHiringTeamMember("htm1", "j1", "u1", [], Changed, null),
        ["user_roles"] = new UnifiedUserRole("ur1", "u1", "r0", Changed, null),
        ["interviewing_team_members"] = new UnifiedInterviewingTeamMember("itm1", "i1", "u1", Changed, null),
    };
}
