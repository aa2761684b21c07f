using System.Reflection;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class OrleansRoundTripTests
{
    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void orleans_round_trip_preserves_a_fully_populated_model(string model)
    {
        var original = Samples.Full[model];

        var copy = OrleansSerialization.RoundTrip(original);

        Assert.NotSame(original, copy);
        Assert.IsType(original.GetType(), copy);
        Assert.Equal(Json.Write(original), Json.Write(copy));
        AssertSameTimestamps(original, copy);
    }

    [Theory]
    [MemberData(nameof(ModelContract.Names), MemberType = typeof(ModelContract))]
    public void orleans_round_trip_preserves_a_minimal_model(string model)
    {
        var original = Samples.Minimal[model];

        var copy = OrleansSerialization.RoundTrip(original);

        Assert.IsType(original.GetType(), copy);
        Assert.Equal(Json.Write(original), Json.Write(copy));
    }

    [Fact]
    public void orleans_round_trip_keeps_every_answer_variant()
    {
        var application = (UnifiedApplication)Samples.Full["applications"];

        var copy = OrleansSerialization.RoundTrip(application);

        Assert.Equal(
            application.ScreeningQuestionAnswers.Select(answer => answer.GetType()),
            copy.ScreeningQuestionAnswers.Select(answer => answer.GetType()));
        Assert.Equal(application.ScreeningQuestionAnswers.Count, typeof(ScreeningQuestionAnswer).Assembly.GetTypes()
            .Count(type => type.IsSubclassOf(typeof(ScreeningQuestionAnswer))));
        Assert.Equal(Json.Write(application.ScreeningQuestionAnswers), Json.Write(copy.ScreeningQuestionAnswers));
    }

    [Theory]
    [MemberData(nameof(ScreeningQuestionFormatJsonTests.Cases), MemberType = typeof(ScreeningQuestionFormatJsonTests))]
    public void orleans_round_trip_keeps_every_format_variant(string name)
    {
        var question = (UnifiedScreeningQuestion)Samples.Full["screening_questions"] with
        {
            Format = ScreeningQuestionFormatJsonTests.Examples[name].Format,
        };

        var copy = OrleansSerialization.RoundTrip(question);

        Assert.IsType(question.Format!.GetType(), copy.Format);
        Assert.Equal(Json.Write(question), Json.Write(copy));
    }

    [Fact]
    public void orleans_round_trip_keeps_json_null_and_absent_raw_values_apart()
    {
        var fields = new[]
        {
            new IntegrationField("1", "a", IntegrationFieldType.Custom, null, null),
            new IntegrationField("2", "b", IntegrationFieldType.Custom, null, RawJson.Null),
            new IntegrationField("3", "c", IntegrationFieldType.Default, "C", RawJson.Parse("""{"x":[1,{"y":null}]}""")),
        };

        var copy = fields.Select(field => OrleansSerialization.RoundTrip(field)).ToArray();

        Assert.Equal(fields, copy);
        Assert.Null(copy[0].Value);
        Assert.True(copy[1].Value!.Value.IsNull);
    }

    [Fact]
    public void every_serializable_type_is_immutable_and_aliased_under_kombo_ats()
    {
        var types = SerializableTypes().Where(type => type.Namespace == typeof(UnifiedJob).Namespace).ToList();

        Assert.True(types.Count >= 19 + 6 + 10 + 8, $"only {types.Count} serializable types");
        Assert.All(types, type =>
        {
            Assert.NotNull(type.GetCustomAttribute<ImmutableAttribute>(inherit: false));
            Assert.StartsWith("kombo.ats.", type.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias, StringComparison.Ordinal);
            Assert.True(type.IsSealed || type.IsAbstract, $"{type.Name} is neither sealed nor abstract");
        });
    }

    [Fact]
    public void every_sync_contract_type_is_aliased_under_kombo_sync_and_records_are_immutable()
    {
        var types = SerializableTypes().Where(type => type.Namespace == typeof(Kombo.Orleans.Abstractions.Sync.SyncSummary).Namespace).ToList();

        Assert.True(types.Count >= 15, $"only {types.Count} sync contract types");
        Assert.All(types, type =>
        {
            Assert.StartsWith("kombo.sync.", type.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias, StringComparison.Ordinal);
            Assert.True(type.IsEnum || type.GetCustomAttribute<ImmutableAttribute>(inherit: false) is not null, $"{type.Name} is not immutable");
            Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        });
    }

    [Fact]
    public void serializable_type_aliases_are_unique()
    {
        var aliases = SerializableTypes().Select(type => type.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias).ToList();

        Assert.DoesNotContain(null, aliases);
        Assert.Equal(aliases.Count, aliases.Distinct().Count());
    }

    private static List<Type> SerializableTypes() => typeof(UnifiedJob).Assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<GenerateSerializerAttribute>(inherit: false) is not null)
        .ToList();

    private static void AssertSameTimestamps(object original, object copy)
    {
        // JSON keeps milliseconds only; Orleans must keep the exact value.
        foreach (var property in original.GetType().GetProperties()
                     .Where(property => property.PropertyType == typeof(DateTimeOffset) || property.PropertyType == typeof(DateTimeOffset?)))
        {
            Assert.Equal(property.GetValue(original), property.GetValue(copy));
        }
    }
}
