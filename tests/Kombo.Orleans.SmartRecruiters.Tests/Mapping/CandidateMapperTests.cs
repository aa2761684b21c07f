namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using System.Diagnostics;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class CandidateMapperTests
{
    internal static CandidateDetailsDto Full() => new()
    {
        Id = "788dfc72-0001",
        FirstName = "Anna",
        LastName = "Nowak",
        Email = "anna.nowak@example.com",
        PhoneNumber = "+48 600 100 200",
        Location = new CandidateLocationDto { City = "Kraków", Region = "Lesser Poland", Country = "Poland", CountryCode = "pl" },
        Web = new WebProfileDto
        {
            Linkedin = "https://www.linkedin.com/in/anna",
            Facebook = "https://facebook.com/anna",
            Twitter = "https://twitter.com/anna",
            Skype = "anna.skype",
            Website = "https://anna.example.com",
        },
        CreatedOn = At("2024-03-05T12:31:10.447+01:00"),
        UpdatedOn = At("2024-04-05T12:31:10.447Z"),
        Experience =
        [
            new ExperienceDto { Company = "Old Co", Title = "Intern", Current = false },
            new ExperienceDto { Company = "Now Co", Title = "Engineer", Current = true },
        ],
        PrimaryAssignment = new AssignmentDto { Id = "job-1", Source = "LinkedIn Jobs" },
    };

    [Fact]
    public void Maps_every_field_of_the_table()
    {
        var candidate = CandidateMapper.Map(Ctx, Full());

        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Candidate, "788dfc72-0001"), candidate.Id);
        Assert.Equal("788dfc72-0001", candidate.RemoteId);
        Assert.Equal("Anna", candidate.FirstName);
        Assert.Equal("Nowak", candidate.LastName);
        Assert.Equal("Now Co", candidate.Company);
        Assert.Equal("Engineer", candidate.Title);
        Assert.Null(candidate.Confidential);
        Assert.Equal("LinkedIn Jobs", candidate.Source);
        Assert.Equal([new PhoneNumber("+48 600 100 200", null)], candidate.PhoneNumbers);
        Assert.Equal([new EmailAddress("anna.nowak@example.com", null)], candidate.EmailAddresses);
        Assert.Equal(new UnifiedLocation("Kraków", "PL", "Kraków, Lesser Poland, Poland", "Lesser Poland", null, null, null), candidate.Location);
        Assert.Empty(candidate.CustomFields);
        Assert.Empty(candidate.IntegrationFields);
        Assert.Null(candidate.RemoteUrl);
        Assert.Equal(At("2024-03-05T11:31:10.447Z"), candidate.RemoteCreatedAt);
        Assert.Equal(TimeSpan.Zero, candidate.RemoteCreatedAt!.Value.Offset);
        Assert.Equal(At("2024-04-05T12:31:10.447Z"), candidate.RemoteUpdatedAt);
        Assert.Equal(ObservedAt, candidate.ChangedAt);
        Assert.Null(candidate.RemoteDeletedAt);
    }

    [Fact]
    public void Social_media_one_per_non_empty_web_key_with_its_type()
    {
        var candidate = CandidateMapper.Map(Ctx, Full());

        Assert.Equal(
        [
            new SocialMediaLink("https://www.linkedin.com/in/anna", "LINKEDIN", null),
            new SocialMediaLink("https://facebook.com/anna", "FACEBOOK", null),
            new SocialMediaLink("https://twitter.com/anna", "TWITTER", null),
            new SocialMediaLink("anna.skype", "SKYPE", null),
            new SocialMediaLink("https://anna.example.com", "WEBSITE", null),
        ], candidate.SocialMedia);

        var some = CandidateMapper.Map(Ctx, Full() with { Web = new WebProfileDto { Twitter = "", Skype = "  ", Website = "https://w.example" } });
        Assert.Equal([new SocialMediaLink("https://w.example", "WEBSITE", null)], some.SocialMedia);

        Assert.Empty(CandidateMapper.Map(Ctx, Full() with { Web = null }).SocialMedia);
        Assert.Empty(CandidateMapper.Map(Ctx, Full() with { Web = new WebProfileDto() }).SocialMedia);
    }

    [Fact]
    public void Company_and_title_come_from_the_first_entry_when_none_is_current()
    {
        var candidate = CandidateMapper.Map(Ctx, Full() with
        {
            Experience = [new ExperienceDto { Company = "First", Title = "A", Current = false }, new ExperienceDto { Company = "Second", Title = "B" }],
        });
        Assert.Equal(("First", "A"), (candidate.Company, candidate.Title));

        var none = CandidateMapper.Map(Ctx, Full() with { Experience = [] });
        Assert.Equal((null, null), (none.Company, none.Title));
        Assert.Null(CandidateMapper.Map(Ctx, Full() with { Experience = null }).Company);

        var empty = CandidateMapper.Map(Ctx, Full() with { Experience = [new ExperienceDto { Company = "", Title = " ", Current = true }] });
        Assert.Equal((null, null), (empty.Company, empty.Title));
    }

    [Theory]
    [InlineData("anna@example.com", true)]
    [InlineData("Anna.Nowak+jobs@Example.COM", true)]
    [InlineData("o'brien@mail.example.org", true)]
    [InlineData("anna@localhost", false)]
    [InlineData("anna(at)mail.com", false)]
    [InlineData(".anna@example.com", false)]
    [InlineData("an..na@example.com", false)]
    [InlineData("anna.@example.com", false)]
    [InlineData("anna@example.c", false)]
    [InlineData("anna@-example.com", false)]
    [InlineData("", false)]
    public void Email_addresses_list_only_valid_addresses(string email, bool listed)
    {
        var candidate = CandidateMapper.Map(Ctx, Full() with { Email = email });

        Assert.Equal(listed ? [new EmailAddress(email, null)] : [], candidate.EmailAddresses);
    }

    [Fact]
    public void Absent_values_give_empty_lists_and_nulls()
    {
        var candidate = CandidateMapper.Map(Ctx, new CandidateDetailsDto { Id = "c-1", FirstName = "", Email = null, PhoneNumber = " " });

        Assert.Null(candidate.FirstName);
        Assert.Null(candidate.LastName);
        Assert.Empty(candidate.PhoneNumbers);
        Assert.Empty(candidate.EmailAddresses);
        Assert.Empty(candidate.SocialMedia);
        Assert.Null(candidate.Location);
        Assert.Null(candidate.Source);
        Assert.Null(candidate.RemoteCreatedAt);
        Assert.Null(CandidateMapper.Map(Ctx, Full() with { Location = new CandidateLocationDto { Lat = 50.1, Lng = 19.9 } }).Location);
    }

    [Fact]
    public void Location_country_is_the_upper_cased_code_and_raw_falls_back_to_it()
    {
        var candidate = CandidateMapper.Map(Ctx, Full() with { Location = new CandidateLocationDto { City = "Berlin", CountryCode = "de" } });

        Assert.Equal(new UnifiedLocation("Berlin", "DE", "Berlin, DE", null, null, null, null), candidate.Location);
    }

    [Fact]
    public void Remote_data_is_keyed_by_the_candidate_path()
    {
        var candidate = CandidateMapper.Map(Ctx, Full());

        var (key, raw) = Assert.Single(candidate.RemoteData!);
        Assert.Equal("/candidates/788dfc72-0001", key);
        var back = raw.Deserialize<CandidateDetailsDto>(SmartRecruitersJson.Options)!;
        Assert.Equal("anna.nowak@example.com", back.Email);
        Assert.Equal("linkedin", Assert.Single(raw.ToElement().GetProperty("web").EnumerateObject(), p => p.Name == "linkedin").Name);

        var body = RawJson.Parse("""{"id":"788dfc72-0001","unknownField":1}""");
        Assert.Equal(body, CandidateMapper.Map(Ctx, Full(), body).RemoteData!["/candidates/788dfc72-0001"]);
    }

    [Fact]
    public void Ids_are_deterministic_per_integration()
    {
        var first = CandidateMapper.Map(Ctx, Full());
        var again = CandidateMapper.Map(Ctx with { ObservedAt = ObservedAt.AddDays(1) }, Full());
        var other = CandidateMapper.Map(new MappingContext("integration-2", ObservedAt), Full());

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(ObservedAt.AddDays(1), again.ChangedAt);
    }

    [Fact]
    public void Validate_rejects_a_candidate_without_id()
    {
        Assert.Null(CandidateMapper.Validate(Full()));
        Assert.Equal("candidate without id", CandidateMapper.Validate(Full() with { Id = null }));
        Assert.Equal("candidate without id", CandidateMapper.Validate(Full() with { Id = " " }));
        Assert.Throws<ArgumentException>(() => CandidateMapper.Map(Ctx, Full() with { Id = null }));
    }

    [Fact]
    public void Serializes_in_kombos_shape()
    {
        var json = JsonSerializer.SerializeToElement(CandidateMapper.Map(Ctx, Full()), UnifiedJson.Options);

        Assert.Equal("+48 600 100 200", json.GetProperty("phone_numbers")[0].GetProperty("phone_number").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("phone_numbers")[0].GetProperty("type").ValueKind);
        Assert.Equal("anna.nowak@example.com", json.GetProperty("email_addresses")[0].GetProperty("email_address").GetString());
        Assert.Equal("2024-03-05T11:31:10.447Z", json.GetProperty("remote_created_at").GetString());
    }
}

/// <summary>Timing runs alone (after the parallel tests), so other tests do not skew it.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class CandidateMapperThroughputCollection;

[Collection(typeof(CandidateMapperThroughputCollection))]
public sealed class CandidateMapperThroughputTests
{
    /// <summary>The candidate mapper is on every sync's hot path: at least 50,000 candidates a second on one core.</summary>
    [Fact]
    public void Maps_at_least_50000_candidates_per_second()
    {
        var candidates = Enumerable.Range(0, 2_000).Select(i => CandidateMapperTests.Full() with
        {
            Id = $"788dfc72-{i:D8}",
            Email = i % 10 == 0 ? $"bad{i}(at)mail.com" : $"anna.nowak{i}@example.com",
            Tags = ["java", "Python"],
        }).ToArray();
        foreach (var candidate in candidates)
        {
            CandidateMapper.Map(Ctx, candidate);
        }

        var best = double.MaxValue;
        for (var round = 0; round < 10; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var candidate in candidates)
            {
                CandidateMapper.Map(Ctx, candidate);
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        var perSecond = candidates.Length / best;
        TestContext.Current.TestOutputHelper?.WriteLine($"{perSecond:N0} candidates/s");
        Assert.True(perSecond >= 50_000, $"{perSecond:N0} candidates/s");
    }
}
