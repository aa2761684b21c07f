namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class CandidateTagMapperTests
{
    [Fact]
    public void One_candidate_tag_per_tag_with_unified_candidate_and_tag_ids()
    {
        var joins = CandidateTagMapper.Map(Ctx, new CandidateDetailsDto { Id = "c-1", Tags = ["Java", "python", "JAVA", ""] });

        Assert.Equal(2, joins.Count);
        Assert.All(joins, j => Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Candidate, "c-1"), j.CandidateId));
        Assert.Equal(
            [UnifiedIds.For("integration-1", UnifiedModels.Tag, "java"), UnifiedIds.For("integration-1", UnifiedModels.Tag, "python")],
            joins.Select(j => j.TagId));
        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.CandidateTag, "c-1:java"), joins[0].Id);
        Assert.All(joins, j => Assert.Equal(ObservedAt, j.ChangedAt));
        Assert.All(joins, j => Assert.Null(j.RemoteDeletedAt));
    }

    [Fact]
    public void Tag_ids_match_the_tag_mapper_whatever_the_spelling()
    {
        var tag = TagMapper.Map(Ctx, ["Java", "java"]);

        Assert.Equal(tag.Id, CandidateTagMapper.Map(Ctx, "c-1", ["JAVA"]).Single().TagId);
        Assert.Equal(tag.Id, CandidateTagMapper.Map(Ctx, "c-2", ["java"]).Single().TagId);
        Assert.NotEqual(CandidateTagMapper.Map(Ctx, "c-1", ["JAVA"]).Single().Id, CandidateTagMapper.Map(Ctx, "c-2", ["java"]).Single().Id);
    }

    [Fact]
    public void No_tags_give_an_empty_list_and_a_candidate_without_id_is_refused()
    {
        Assert.Empty(CandidateTagMapper.Map(Ctx, "c-1", null));
        Assert.Empty(CandidateTagMapper.Map(Ctx, new CandidateDetailsDto { Id = "c-1" }));
        Assert.Equal("candidate without id", CandidateTagMapper.Validate(new CandidateDetailsDto()));
        Assert.Throws<ArgumentException>(() => CandidateTagMapper.Map(Ctx, new CandidateDetailsDto { Tags = ["x"] }));
    }
}
