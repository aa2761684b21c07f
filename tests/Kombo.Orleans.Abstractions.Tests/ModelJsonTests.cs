using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed partial class ModelJsonTests
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex TimestampPattern();

    private static readonly string[] TimestampKeys =
    [
        "changed_at", "remote_deleted_at", "remote_created_at", "remote_updated_at", "opened_at", "closed_at",
        "rejected_at", "starting_at", "ending_at", "employment_start_date",
    ];

    [Fact]
    public void every_seed_model_has_a_distinct_record()
    {
        Assert.Equal(19, ModelContract.All.Count);
        Assert.Equal(19, ModelContract.All.Values.Select(contract => contract.RecordType).Distinct().Count());
        Assert.All(ModelContract.All.Values, contract => Assert.StartsWith("Unified", contract.RecordType.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void json_has_exactly_the_sdk_keys_plus_the_extension_keys(string model)
    {
        var contract = ModelContract.All[model];
        var json = Json.WriteObject(Samples.Full[model]);

        Assert.IsType(contract.RecordType, Samples.Full[model]);
        Assert.Equal(contract.AllKeys.Order(StringComparer.Ordinal), json.Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void json_writes_every_key_even_when_the_values_are_null(string model)
    {
        var contract = ModelContract.All[model];
        var json = Json.WriteObject(Samples.Minimal[model]);

        Assert.Equal(contract.AllKeys.Order(StringComparer.Ordinal), json.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Contains(json, pair => pair.Value is null);
        Assert.All(json, pair =>
        {
            switch (pair.Value)
            {
                case JsonArray array:
                    Assert.Empty(array);
                    break;
                case JsonObject dictionary:
                    Assert.Equal("custom_fields", pair.Key);
                    Assert.Empty(dictionary);
                    break;
            }
        });
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void json_serves_every_field_the_seed_lists(string model)
    {
        var keys = Json.WriteObject(Samples.Full[model]).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

        Assert.All(ModelContract.All[model].SeedFields, field => Assert.Contains(field, keys));
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void json_writes_timestamps_as_utc_with_milliseconds(string model)
    {
        var json = Json.WriteObject(Samples.Full[model]);
        var timestamps = json.Where(pair => TimestampKeys.Contains(pair.Key)).ToList();

        Assert.Contains(timestamps, pair => pair.Key == "changed_at");
        Assert.All(timestamps, pair => Assert.Matches(TimestampPattern(), pair.Value!.GetValue<string>()));
        Assert.Equal("2024-03-05T12:31:10.447Z", json["changed_at"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void json_round_trip_preserves_a_fully_populated_model(string model)
    {
        var written = Json.Write(Samples.Full[model]);

        var read = Json.Read(written, ModelContract.All[model].RecordType);

        Assert.IsType(ModelContract.All[model].RecordType, read);
        Assert.Equal(written, Json.Write(read));
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void json_round_trip_preserves_a_minimal_model(string model)
    {
        var written = Json.Write(Samples.Minimal[model]);

        Assert.Equal(written, Json.Write(Json.Read(written, ModelContract.All[model].RecordType)));
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void fully_populated_sample_leaves_no_member_null_or_empty(string model)
    {
        var sample = Samples.Full[model];
        var properties = sample.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0);

        Assert.All(properties, property =>
        {
            var value = property.GetValue(sample);
            Assert.NotNull(value);
            if (value is IEnumerable items and not string)
            {
                Assert.NotEmpty(items.Cast<object>());
            }
        });
    }

    [Fact]
    public void sdk_key_order_is_followed_for_kombo_served_models()
    {
        // Not required by JSON, but keeps responses diffable against Kombo's: the SDK keys come in the SDK's order.
        foreach (var (model, contract) in ModelContract.All.Where(pair => pair.Value.SdkKeys.Length > 1))
        {
            var keys = Json.WriteObject(Samples.Full[model]).Select(pair => pair.Key).Where(contract.SdkKeys.Contains);
            Assert.True(contract.SdkKeys.SequenceEqual(keys), $"{model}: {string.Join(",", keys)}");
        }
    }

    [Fact]
    public void a_null_list_is_refused_rather_than_written_as_null()
    {
        var candidate = (UnifiedCandidate)Samples.Minimal["candidates"] with { PhoneNumbers = null! };

        Assert.ThrowsAny<JsonException>(() => Json.Write(candidate));
    }

    [Fact]
    public void a_null_list_is_refused_when_read()
    {
        var json = Json.WriteObject(Samples.Minimal["job_hiring_team_members"]);
        json["roles"] = null;

        Assert.ThrowsAny<JsonException>(() => Json.Read<UnifiedJobHiringTeamMember>(json.ToJsonString()));
    }
}
