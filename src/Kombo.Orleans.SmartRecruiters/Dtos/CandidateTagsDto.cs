namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary><c>GET /candidates/{id}/tags</c> (also the 201 of <c>POST</c>/<c>PUT</c>): <c>{tags: [...]}</c>.</summary>
public sealed record CandidateTagsDto
{
    public IReadOnlyList<string>? Tags { get; init; }
}
