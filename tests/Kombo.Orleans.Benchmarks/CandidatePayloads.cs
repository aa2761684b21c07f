using System.Globalization;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Benchmarks;

/// <summary>Unified candidates as the store receives them (UnifiedJson bytes, about 1.5 KB each), deterministic per index.</summary>
public static class CandidatePayloads
{
    private static readonly string[] FirstNames = ["Ada", "Grace", "Linus", "Élodie", "Mateo", "Yuki", "Priya", "Oluwaseun", "Søren", "Zofia"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Torvalds", "Durand", "García", "Tanaka", "Sharma", "Adeyemi", "Kierkegaard", "Nowak"];
    private static readonly string[] Cities = ["Berlin", "Paris", "Kraków", "Lagos", "Osaka", "Austin", "São Paulo", "Bangalore"];

    public static byte[] Create(int index, DateTimeOffset asOf)
    {
        var first = FirstNames[index % FirstNames.Length];
        var last = LastNames[index / FirstNames.Length % LastNames.Length];
        var remoteId = RemoteId(index);
        var city = Cities[index % Cities.Length];
        var created = asOf.AddMinutes(-index * 7.0);
        var candidate = new UnifiedCandidate(
            Id: Id(index),
            RemoteId: remoteId,
            FirstName: first,
            LastName: last,
            Company: $"Company {index % 997}",
            Title: "Senior Software Engineer",
            Confidential: null,
            Source: index % 3 == 0 ? "LinkedIn" : "Career site",
            PhoneNumbers: [new PhoneNumber($"+49 30 {index:D8}", "MOBILE")],
            EmailAddresses:
            [
                new EmailAddress($"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{index}@example.com", "PERSONAL"),
                new EmailAddress($"c{index}@work.example.org", "WORK"),
            ],
            SocialMedia: [new SocialMediaLink($"https://www.linkedin.com/in/candidate-{index}", SocialMediaType.Linkedin, null)],
            Location: new UnifiedLocation(city, "DE", $"{city}, Germany", null, $"Hauptstraße {index % 200}", null, "10115"),
            CustomFields: new Dictionary<string, RawJson>
            {
                ["desired_salary"] = new RawJson((60_000 + index % 50 * 1_000).ToString(CultureInfo.InvariantCulture)),
                ["notice_period"] = RawJson.FromString("3 months"),
            },
            IntegrationFields:
            [
                new IntegrationField($"{remoteId}-consent", "consent", IntegrationFieldType.Default, "Consent", RawJson.FromBoolean(true)),
            ],
            RemoteUrl: $"https://www.smartrecruiters.com/app/people/candidates/{remoteId}",
            RemoteCreatedAt: created,
            RemoteUpdatedAt: created.AddDays(1),
            RemoteData: new Dictionary<string, RawJson>
            {
                ["/candidates/{id}"] = new RawJson(
                    $$$"""{"id":"{{{remoteId}}}","internal":false,"averageRating":{{{index % 5}}},"tags":["java","kotlin","go"],"sourceDetails":{"sourceType":"Job board","sourceSubType":"Premium"},"web":{"portfolio":"https://portfolio.example.com/{{{index}}}"}}"""),
            },
            ChangedAt: asOf,
            RemoteDeletedAt: null);
        return JsonSerializer.SerializeToUtf8Bytes(candidate, UnifiedJson.Options);
    }

    public static string Id(int index) => "cand_" + index.ToString("D9", CultureInfo.InvariantCulture);

    public static string RemoteId(int index) => string.Create(CultureInfo.InvariantCulture, $"{index:x8}-5f1e-4c2a-9b7d-{index * 7919L:x12}");
}
