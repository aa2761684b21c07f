namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class TagMapperTests
{
    [Fact]
    public void Tags_equal_ignoring_case_are_one_tag_named_by_the_first_spelling_in_ordinal_order()
    {
        var tags = TagMapper.MapAll(Ctx, ["java", "Python", "JAVA", "python", "Java", "go"]);

        Assert.Equal(["go", "java", "python"], tags.Select(t => t.RemoteId));
        Assert.Equal(["go", "JAVA", "Python"], tags.Select(t => t.Name));
        Assert.All(tags, t => Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Tag, t.RemoteId), t.Id));
        Assert.All(tags, t => Assert.Equal(ObservedAt, t.ChangedAt));
        Assert.All(tags, t => Assert.Null(t.RemoteDeletedAt));
        Assert.All(tags, t => Assert.Null(t.RemoteData));
    }

    [Fact]
    public void One_tag_from_its_spellings()
    {
        var tag = TagMapper.Map(Ctx, ["fluent English", "Fluent english", "fluent english"]);

        Assert.Equal("fluent english", tag.RemoteId);
        Assert.Equal("Fluent english", tag.Name);
        Assert.Equal(TagMapper.MapAll(Ctx, ["fluent english", "Fluent english"]).Single(), tag);
    }

    [Fact]
    public void The_name_follows_the_spellings_currently_carried()
    {
        Assert.Equal("Java", TagMapper.Map(Ctx, ["java", "Java"]).Name);
        Assert.Equal("java", TagMapper.Map(Ctx, ["java"]).Name);
        Assert.Equal(TagMapper.Map(Ctx, ["java", "Java"]).Id, TagMapper.Map(Ctx, ["java"]).Id);
    }

    [Fact]
    public void Lower_casing_is_invariant_culture()
    {
        Assert.Equal("istanbul", TagMapper.RemoteId("ISTANBUL"));
        Assert.Equal("ärzte", TagMapper.RemoteId("ÄRZTE"));
    }

    [Fact]
    public void Blank_tags_are_no_tags_and_mixed_spellings_are_refused()
    {
        Assert.Empty(TagMapper.MapAll(Ctx, ["", "  ", null]));
        Assert.Null(TagMapper.RemoteId(" "));
        Assert.Equal("empty tag", TagMapper.Validate(""));
        Assert.Null(TagMapper.Validate("x"));
        Assert.Throws<ArgumentException>(() => TagMapper.Map(Ctx, ["java", "python"]));
        Assert.Throws<ArgumentException>(() => TagMapper.Map(Ctx, [" "]));
    }
}
