using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class ValueJsonTests
{
    [Fact]
    public void location_uses_kombo_names_including_street_1_and_street_2()
    {
        Assert.Equal(
            """{"city":"Berlin","country":"DE","raw":"Unter den Linden 1, Berlin, Berlin, Germany","state":"Berlin","street_1":"Unter den Linden 1","street_2":"Hinterhaus","zip_code":"10117"}""",
            Json.Write(Samples.Location));
        Assert.Equal(
            """{"city":null,"country":null,"raw":null,"state":null,"street_1":null,"street_2":null,"zip_code":null}""",
            Json.Write(new UnifiedLocation(null, null, null, null, null, null, null)));
    }

    [Fact]
    public void location_is_written_inside_a_job_and_read_back()
    {
        var json = Json.WriteObject(Samples.Full["jobs"]);

        Assert.Equal("Unter den Linden 1", json["location"]!["street_1"]!.GetValue<string>());
        Assert.Equal(Samples.Location, Json.Read<UnifiedJob>(json.ToJsonString()).Location);
    }

    [Fact]
    public void contact_details_use_kombo_shapes()
    {
        Assert.Equal("""{"phone_number":"+49 30 1234567","type":null}""", Json.Write(new PhoneNumber("+49 30 1234567", null)));
        Assert.Equal("""{"email_address":"grace@example.com","type":null}""", Json.Write(new EmailAddress("grace@example.com", null)));
        Assert.Equal(
            """{"link":"https://linkedin.com/in/grace","type":"LINKEDIN","username":null}""",
            Json.Write(new SocialMediaLink("https://linkedin.com/in/grace", SocialMediaType.Linkedin, null)));
    }

    [Fact]
    public void candidate_contact_lists_are_written_as_arrays_of_kombo_shapes()
    {
        var json = Json.WriteObject(Samples.Full["candidates"]);

        Assert.Equal("+49 30 1234567", json["phone_numbers"]![0]!["phone_number"]!.GetValue<string>());
        Assert.Equal("grace@example.com", json["email_addresses"]![0]!["email_address"]!.GetValue<string>());
        Assert.Equal("LINKEDIN", json["social_media"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void integration_field_is_id_key_type_label_value_with_a_raw_value()
    {
        Assert.Equal(
            """{"id":"8nu","key":"customTshirtSize","type":"CUSTOM","label":"T-Shirt Size","value":{"id":"xl","label":"XL"}}""",
            Json.Write(new IntegrationField("8nu", "customTshirtSize", IntegrationFieldType.Custom, "T-Shirt Size", RawJson.Parse("""{"id":"xl","label":"XL"}"""))));
        Assert.Equal(
            """{"id":"5NV","key":"firstName","type":"DEFAULT","label":null,"value":"Frank"}""",
            Json.Write(new IntegrationField("5NV", "firstName", IntegrationFieldType.Default, null, RawJson.FromString("Frank"))));
    }

    [Fact]
    public void question_option_is_id_remote_id_name()
    {
        Assert.Equal("""{"id":"o1","remote_id":null,"name":"Yes"}""", Json.Write(new QuestionOption("o1", null, "Yes")));
    }

    [Fact]
    public void unified_json_options_are_shared_and_read_only()
    {
        Assert.Same(UnifiedJson.Options, UnifiedJson.Options);
        Assert.True(UnifiedJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => UnifiedJson.Options.WriteIndented = true);
    }

    [Fact]
    public void html_and_non_ascii_text_are_written_unescaped()
    {
        var tag = new UnifiedTag("t1", "x", "<b>Größe</b> & 'Ärger'", null, Samples.Changed, null);

        Assert.Contains("\"name\":\"<b>Größe</b> & 'Ärger'\"", Json.Write(tag), StringComparison.Ordinal);
    }

    [Fact]
    public void copied_options_keep_the_unified_shapes()
    {
        var indented = new JsonSerializerOptions(UnifiedJson.Options) { WriteIndented = true };

        var json = JsonSerializer.Serialize(Samples.Full["jobs"], Samples.Full["jobs"].GetType(), indented);

        Assert.Contains("\"street_1\": \"Unter den Linden 1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"changed_at\": \"2024-03-05T12:31:10.447Z\"", json, StringComparison.Ordinal);
    }
}
