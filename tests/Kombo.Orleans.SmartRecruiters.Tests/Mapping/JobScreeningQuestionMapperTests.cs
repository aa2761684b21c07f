namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.ScreeningQuestionMapperTests;

public sealed class JobScreeningQuestionMapperTests
{
    private const string JobId = JobMapperTests.JobId;

    private static readonly ApplyConfigurationDto Configuration = new()
    {
        Questions =
        [
            Question("q-experience", "INPUT_TEXT", required: true),
            Question(null, "RADIO", required: true),
            Question("q-motivation", "TEXTAREA"),
            Question("q-multi", "INPUT_TEXT") with
            {
                Fields =
                [
                    new ScreeningQuestionFieldDto { Id = "f1", Type = "INPUT_TEXT", Required = false },
                    new ScreeningQuestionFieldDto { Id = "f2", Type = "INPUT_TEXT", Required = true },
                ],
            },
            Question("q-nofields", "INPUT_TEXT") with { Fields = null },
        ],
    };

    [Fact]
    public void One_per_question_with_index_required_and_no_precondition()
    {
        var questions = JobScreeningQuestionMapper.Map(Ctx, JobId, Configuration);

        Assert.Equal(
            new[] { "q-experience", "q-motivation", "q-multi", "q-nofields" }.Select(q => ScreeningQuestionMapper.QuestionId(Ctx, q)),
            questions.Select(q => q.QuestionId));
        Assert.Equal([0, 1, 2, 3], questions.Select(q => q.Index));
        Assert.Equal([true, false, true, false], questions.Select(q => q.Required));
        Assert.All(questions, q => Assert.Null(q.PreconditionQuestionId));
        Assert.All(questions, q => Assert.Null(q.PreconditionOptions));
        Assert.All(questions, q => Assert.Equal(Ctx.Id(UnifiedModels.Job, JobId), q.JobId));
        Assert.All(questions, q => Assert.Equal(ObservedAt, q.ChangedAt));
        Assert.All(questions, q => Assert.Null(q.RemoteDeletedAt));
    }

    [Fact]
    public void A_job_without_a_public_posting_has_no_screening_questions()
    {
        Assert.Empty(JobScreeningQuestionMapper.Map(Ctx, JobId, null));
        Assert.Empty(JobScreeningQuestionMapper.Map(Ctx, JobId, new ApplyConfigurationDto { Questions = null }));
    }

    [Fact]
    public void Question_ids_match_the_question_records()
    {
        var questions = ScreeningQuestionMapper.MapAll(Ctx, Configuration);

        Assert.Equal(questions.Select(q => q.Id), JobScreeningQuestionMapper.Map(Ctx, JobId, Configuration).Select(q => q.QuestionId));
    }

    [Fact]
    public void Ids_are_deterministic_per_job_question_and_integration()
    {
        var first = JobScreeningQuestionMapper.Map(Ctx, JobId, Configuration)[0];

        Assert.Equal(Ctx.Id(UnifiedModels.JobScreeningQuestion, $"{JobId}:q-experience"), first.Id);
        Assert.Equal(first.Id, JobScreeningQuestionMapper.Map(Ctx, JobId, Configuration)[0].Id);
        Assert.NotEqual(first.Id, JobScreeningQuestionMapper.Map(Ctx, "other-job", Configuration)[0].Id);
        Assert.NotEqual(first.Id, JobScreeningQuestionMapper.Map(OtherIntegration, JobId, Configuration)[0].Id);
    }
}
