namespace Kombo.Orleans.Abstractions.Queries;

/// <summary>Kombo's ATS list endpoints (<c>GET /v1/ats/{name}</c>), each serving one unified model with what Kombo embeds in it.</summary>
[GenerateSerializer, Alias("kombo.query.ats_endpoint")]
public enum AtsEndpoint
{
    Jobs = 0,
    Candidates = 1,
    Applications = 2,
    Users = 3,
    Roles = 4,
    Tags = 5,
    ApplicationStages = 6,
    Interviews = 7,
    Offers = 8,
    RejectionReasons = 9,
}
