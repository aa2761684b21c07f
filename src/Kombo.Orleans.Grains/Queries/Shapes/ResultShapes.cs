using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>The composer of each endpoint; only these scopes are ever served (never the engine's internal sync_* ones).</summary>
internal static class ResultShapes
{
    private static readonly Dictionary<AtsEndpoint, IResultShape> Shapes = new()
    {
        [AtsEndpoint.Jobs] = new JobShape(),
        [AtsEndpoint.Candidates] = new CandidateShape(),
        [AtsEndpoint.Applications] = new ApplicationShape(),
        [AtsEndpoint.Users] = new UserShape(),
        [AtsEndpoint.Roles] = new PlainShape(UnifiedModels.Role),
        [AtsEndpoint.Tags] = new PlainShape(UnifiedModels.Tag),
        [AtsEndpoint.ApplicationStages] = new PlainShape(UnifiedModels.ApplicationStage),
        [AtsEndpoint.Interviews] = new InterviewShape(),
        [AtsEndpoint.Offers] = new OfferShape(),
        [AtsEndpoint.RejectionReasons] = new PlainShape(UnifiedModels.RejectionReason),
    };

    public static IResultShape For(AtsEndpoint endpoint) =>
        Shapes.TryGetValue(endpoint, out var shape) ? shape : throw new ArgumentException($"'{endpoint}' is not an ATS endpoint.", nameof(endpoint));
}
