using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class RawJsonTests
{
    public static TheoryData<string> AnyJsonValue =>
    [
        """{"a":{"b":[1,2,{"c":null}]},"d":"é & <b>"}""",
        """[1,"two",false,null,{}]""",
        "\"text\"",
        "-12.5e3",
        "0",
        "true",
        "false",
        "null",
        "{}",
        "[]",
    ];

    [Fact]
    public void raw_json_is_written_as_the_json_value_not_as_a_string()
    {
        var value = RawJson.Parse("""{"id":"788d","tags":["a","b"]}""");

        Assert.Equal("""{"id":"788d","tags":["a","b"]}""", Json.Write(value));
        Assert.Equal("""{"x":{"id":"788d","tags":["a","b"]}}""", Json.Write(new Dictionary<string, RawJson> { ["x"] = value }));
    }

    [Theory]
    [MemberData(nameof(AnyJsonValue))]
    public void raw_json_reads_any_json_value_and_writes_it_back(string json)
    {
        var read = Json.Read<RawJson>(json);

        Assert.Equal(json, read.Json);
        Assert.Equal(json, Json.Write(read));
    }

    [Fact]
    public void raw_json_keeps_the_source_text_of_a_member()
    {
        var read = Json.Read<Dictionary<string, RawJson>>("""{"k": { "spaced" : [ 1, 2 ] }}""");

        Assert.Equal("""{ "spaced" : [ 1, 2 ] }""", read["k"].Json);
    }

    [Fact]
    public void remote_data_round_trips_raw_objects_keyed_by_api_path()
    {
        var candidate = (UnifiedCandidate)Samples.Full["candidates"];
        var json = Json.WriteObject(candidate);

        Assert.Equal("788d", json["remote_data"]!["/candidates/rc1"]!["id"]!.GetValue<string>());
        Assert.Equal("NEW", json["remote_data"]!["/candidates/rc1/status/history"]![0]!["status"]!.GetValue<string>());

        var read = Json.Read<UnifiedCandidate>(json.ToJsonString());
        Assert.Equal(candidate.RemoteData, read.RemoteData);
    }

    [Fact]
    public void custom_fields_keep_each_value_json_type_including_null()
    {
        var job = (UnifiedJob)Samples.Full["jobs"];

        var json = Json.WriteObject(job)["custom_fields"]!;

        Assert.Equal(JsonValueKind.String, json["tshirt_size"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, json["headcount"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Object, json["cost_center"]!.GetValueKind());
        Assert.Null(json["nothing"]);
        Assert.True(json.AsObject().ContainsKey("nothing"));
        var read = Json.Read<UnifiedJob>(Json.Write(job));
        Assert.Equal(job.CustomFields, read.CustomFields);
        Assert.True(read.CustomFields["nothing"].IsNull);
    }

    [Fact]
    public void a_nullable_raw_value_reads_json_null_as_absent()
    {
        var field = Json.Read<IntegrationField>("""{"id":"1","key":"k","type":"CUSTOM","label":null,"value":null}""");

        Assert.Null(field.Value);
        Assert.Equal("""{"id":"1","key":"k","type":"CUSTOM","label":null,"value":null}""", Json.Write(field));
    }

    [Fact]
    public void from_string_and_from_boolean_make_json_literals()
    {
        Assert.Equal("\"Größe \\\"XL\\\"\"", RawJson.FromString("Größe \"XL\"").Json);
        Assert.Equal("true", RawJson.FromBoolean(true).Json);
        Assert.Equal("false", RawJson.FromBoolean(false).Json);
        Assert.Equal("Größe \"XL\"", RawJson.FromString("Größe \"XL\"").Deserialize<string>());
    }

    [Fact]
    public void default_raw_json_is_json_null()
    {
        var value = default(RawJson);

        Assert.True(value.IsNull);
        Assert.Equal("null", value.Text);
        Assert.Equal("null", Json.Write(value));
        Assert.True(RawJson.Null.IsNull);
        Assert.False(RawJson.Parse("{}").IsNull);
    }

    [Fact]
    public void parse_refuses_text_that_is_not_one_json_value()
    {
        Assert.ThrowsAny<JsonException>(() => RawJson.Parse("{\"a\":"));
        Assert.ThrowsAny<JsonException>(() => RawJson.Parse("1 2"));
    }

    [Fact]
    public void invalid_raw_text_fails_when_written_instead_of_corrupting_the_output()
    {
        Assert.ThrowsAny<Exception>(() => Json.Write(new RawJson("{not json")));
    }

    [Fact]
    public void raw_json_converts_to_an_element_and_to_a_typed_value()
    {
        var value = RawJson.Serialize(new QuestionOption("o1", null, "Yes"));

        Assert.Equal("""{"id":"o1","remote_id":null,"name":"Yes"}""", value.Json);
        Assert.Equal("Yes", value.ToElement().GetProperty("name").GetString());
        Assert.Equal(new QuestionOption("o1", null, "Yes"), value.Deserialize<QuestionOption>());
    }

    [Fact]
    public void precondition_options_hold_option_ids_or_booleans()
    {
        var json = Json.WriteObject(Samples.Full["job_screening_questions"]);

        Assert.Equal("""["o1",true]""", json["precondition_options"]!.ToJsonString());
    }
}
