namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

/// <summary>
/// End to end: real DTOs from the simulator through the candidate, tag, application, interview and offer mappers,
/// with nothing lost (one unified record per source record, every reference resolving to a mapped record).
/// </summary>
public sealed class ApplicantSimulatorMappingTests(ApplicantSimulatorSnapshot sim) : IClassFixture<ApplicantSimulatorSnapshot>
{
    [Fact]
    public void Candidates_tags_and_candidate_tags()
    {
        Assert.NotEmpty(sim.Candidates);
        Assert.Equal(sim.TotalFound, sim.Candidates.Count);
        Assert.All(sim.Candidates, c => Assert.Null(CandidateMapper.Validate(c)));

        var candidates = sim.Candidates.Select(c => CandidateMapper.Map(Ctx, c, RawJson.Parse(sim.CandidateBodies[c.Id!]))).ToList();

        Assert.Equal(sim.Candidates.Count, candidates.Select(c => c.Id).Distinct().Count());
        foreach (var (dto, candidate) in sim.Candidates.Zip(candidates))
        {
            Assert.Equal(dto.Id, candidate.RemoteId);
            Assert.Equal(dto.FirstName, candidate.FirstName);
            Assert.Equal(EmailRules.IsValid(dto.Email) ? [dto.Email!] : [], candidate.EmailAddresses.Select(e => e.Address));
            Assert.Equal(dto.PhoneNumber is null ? 0 : 1, candidate.PhoneNumbers.Count);
            Assert.Equal(dto.PrimaryAssignment?.Source, candidate.Source);
            Assert.Equal(CandidateMapper.CurrentExperience(dto.Experience)?.Company, candidate.Company);
            Assert.Equal(dto.Location?.CountryCode?.ToUpperInvariant(), candidate.Location?.Country);
            Assert.Equal(dto.UpdatedOn, candidate.RemoteUpdatedAt);
            Assert.Equal(JsonDocument.Parse(sim.CandidateBodies[dto.Id!]).RootElement.GetRawText(), candidate.RemoteData![$"/candidates/{dto.Id}"].ToElement().GetRawText());
        }

        Assert.Contains(candidates, c => c.EmailAddresses.Count == 0 && sim.Candidates.Single(d => d.Id == c.RemoteId).Email is not null);
        Assert.Contains(candidates, c => c.SocialMedia.Any(s => s.Type == SocialMediaType.Linkedin));

        var carried = sim.Candidates.SelectMany(c => c.Tags ?? []).ToList();
        var tags = TagMapper.MapAll(Ctx, carried);
        Assert.NotEmpty(tags);
        Assert.Equal(carried.Select(t => t.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal), tags.Select(t => t.RemoteId));
        Assert.All(tags, t => Assert.Equal(carried.Where(c => c.ToLowerInvariant() == t.RemoteId).Min(StringComparer.Ordinal), t.Name));

        var tagIds = tags.Select(t => t.Id).ToHashSet();
        var candidateIds = candidates.Select(c => c.Id).ToHashSet();
        var joins = sim.Candidates.SelectMany(c => CandidateTagMapper.Map(Ctx, c)).ToList();
        Assert.Equal(sim.Candidates.Sum(c => (c.Tags ?? []).Select(t => t.ToLowerInvariant()).Distinct().Count()), joins.Count);
        Assert.Equal(joins.Count, joins.Select(j => j.Id).Distinct().Count());
        Assert.All(joins, j => Assert.Contains(j.TagId, tagIds));
        Assert.All(joins, j => Assert.Contains(j.CandidateId, candidateIds));
    }

    [Fact]
    public void Applications_with_stages_outcomes_and_screening_answers()
    {
        Assert.NotEmpty(sim.Applications);
        Assert.All(sim.Applications, a => Assert.Null(ApplicationMapper.Validate(a.Application)));

        var applications = sim.Applications.Select(a => ApplicationMapper.Map(Ctx,
            new ApplicationSource(a.Application, a.History, a.Answers, sim.Questions.GetValueOrDefault(a.Application.JobId!)))).ToList();

        Assert.Equal(sim.Applications.Count, applications.Select(a => a.Id).Distinct().Count());
        var candidateIds = sim.Candidates.Select(c => Ctx.Id(UnifiedModels.Candidate, c.Id!)).ToHashSet();
        foreach (var (data, application) in sim.Applications.Zip(applications))
        {
            var dto = data.Application;
            Assert.Equal(dto.ApplicationId, application.RemoteId);
            Assert.Contains(application.CandidateId!, candidateIds);
            Assert.Equal(Ctx.Id(UnifiedModels.Job, dto.JobId!), application.JobId);
            Assert.Contains(application.Outcome, ApplicationOutcome.All);
            Assert.Equal(data.Assignment.Status, dto.Status);

            var stageEntries = data.History.Where(h => StageIds.IsStage(h.Status)).ToList();
            if (StageIds.IsTerminal(dto.Status))
            {
                Assert.Equal(ApplicationOutcome.Declined, application.Outcome);
                var newest = stageEntries.OrderBy(h => h.ChangedOn).LastOrDefault();
                Assert.Equal(newest is null ? null : StageIds.Id(Ctx, newest.Status, newest.SubStatus), application.CurrentStageId);
            }
            else
            {
                Assert.Equal(StageIds.Id(Ctx, dto.Status, dto.SubStatus), application.CurrentStageId);
            }

            if (dto.Status is "REJECTED" or "WITHDRAWN")
            {
                Assert.Equal(data.History.Where(h => h.Status is "REJECTED" or "WITHDRAWN").Max(h => h.ChangedOn), application.RejectedAt);
            }
            else
            {
                Assert.Null(application.RejectedAt);
            }

            Assert.Equal(data.History.Min(h => h.ChangedOn), application.RemoteCreatedAt);
            Assert.Equal(data.History.Max(h => h.ChangedOn), application.RemoteUpdatedAt);
            Assert.Equal(data.Answers.Count, application.ScreeningQuestionAnswers.Count);
            Assert.Equal(data.Answers.Select(a => a.Id), application.ScreeningQuestionAnswers.Select(a => a.QuestionRemoteId));
            foreach (var (answer, mapped) in data.Answers.Zip(application.ScreeningQuestionAnswers))
            {
                Assert.Equal(answer.Type switch
                {
                    "text" or "textarea" => "TEXT",
                    "radio" => "SINGLE_SELECT",
                    "select" => ScreeningAnswerMapper.Values(answer).Count > 1 ? "MULTI_SELECT" : "SINGLE_SELECT",
                    "checkbox" or "acknowledgement" => "BOOLEAN",
                    _ => "UNKNOWN",
                }, mapped.Type);
            }

            Assert.Equal(3, application.RemoteData!.Count);
        }

        var answers = applications.SelectMany(a => a.ScreeningQuestionAnswers).ToList();
        Assert.All(answers.OfType<BooleanScreeningQuestionAnswer>().Where(a => a.QuestionRemoteId == "privacy-ack"), a => Assert.True(a.Checked));
        Assert.Contains(answers, a => a is BooleanScreeningQuestionAnswer { QuestionRemoteId: "q-terms", Checked: true });
        Assert.Contains(answers, a => a is MultiSelectScreeningQuestionAnswer);
        Assert.Contains(answers, a => a is UnknownScreeningQuestionAnswer);
        Assert.Contains(answers, a => a is TextScreeningQuestionAnswer { Content: "I like the product.\nAnd the team." });
        Assert.Contains(applications, a => a.Outcome == ApplicationOutcome.Declined && a.CurrentStageId is not null);
        Assert.Contains(applications, a => a.RejectionReasonName is not null);
    }

    [Fact]
    public void Interviews_one_per_timeslot_with_their_interviewers()
    {
        var applicationIds = sim.Applications.Select(a => Ctx.Id(UnifiedModels.Application, ApplicationMapper.RemoteId(a.Application))).ToHashSet();
        var dtos = sim.Applications.SelectMany(a => a.Interviews.Select(i => (a.Application, Interview: i))).ToList();
        Assert.NotEmpty(dtos);
        Assert.All(dtos, d => Assert.Null(InterviewMapper.Validate(d.Interview)));

        var interviews = dtos.SelectMany(d => InterviewMapper.Map(Ctx, d.Interview, ApplicationMapper.RemoteId(d.Application))).ToList();
        var members = dtos.SelectMany(d => InterviewingTeamMemberMapper.Map(Ctx, d.Interview)).ToList();

        var timeslots = dtos.SelectMany(d => d.Interview.Timeslots!).ToList();
        Assert.Equal(timeslots.Count, interviews.Count);
        Assert.Equal(interviews.Count, interviews.Select(i => i.Id).Distinct().Count());
        Assert.Contains(dtos, d => d.Interview.Timeslots!.Count > 1);
        Assert.All(interviews, i => Assert.Contains(i.ApplicationId!, applicationIds));
        Assert.All(interviews, i => Assert.NotNull(i.Title));
        Assert.All(interviews, i => Assert.True(i.EndingAt > i.StartingAt));
        Assert.All(interviews, i => Assert.False(i.Canceled));
        Assert.All(interviews, i => Assert.NotNull(i.RemoteCreatedAt));

        var interviewIds = interviews.Select(i => i.Id).ToHashSet();
        Assert.Equal(timeslots.Sum(t => t.Interviewers!.Select(i => i.Id).Distinct().Count()), members.Count);
        Assert.Equal(members.Count, members.Select(m => m.Id).Distinct().Count());
        Assert.All(members, m => Assert.Contains(m.InterviewId, interviewIds));
    }

    [Fact]
    public void Offers_resolve_their_application()
    {
        var applicationIds = sim.Applications.Select(a => Ctx.Id(UnifiedModels.Application, ApplicationMapper.RemoteId(a.Application))).ToHashSet();
        var dtos = sim.Applications.SelectMany(a => a.Offers.Select(o => OfferSource.For(o, a.Application))).ToList();
        Assert.NotEmpty(dtos);
        Assert.All(dtos, d => Assert.Null(OfferMapper.Validate(d)));

        var offers = dtos.Select(d => OfferMapper.Map(Ctx, d)).ToList();

        Assert.Equal(dtos.Count, offers.Select(o => o.Id).Distinct().Count());
        foreach (var (source, offer) in dtos.Zip(offers))
        {
            Assert.Equal(Ctx.Id(UnifiedModels.Application, source.ApplicationId!), offer.ApplicationId);
            Assert.Contains(offer.ApplicationId!, applicationIds);
            Assert.Contains(offer.Status, OfferStatus.All);
            Assert.Equal(source.Offer.Properties!.Count, offer.IntegrationFields.Count);
            Assert.Equal(Labels.DateOrTimestamp(source.Offer.Properties["startDate"].GetString()), offer.EmploymentStartDate);
            Assert.Equal(TimeSpan.Zero, offer.EmploymentStartDate!.Value.TimeOfDay);
            Assert.Equal(source.Offer.CreatedOn, offer.RemoteCreatedAt);
            Assert.Equal([$"/candidates/{source.CandidateId}/jobs/{source.JobId}/offers/{source.Offer.Id}"], offer.RemoteData!.Keys);
        }
    }
}
