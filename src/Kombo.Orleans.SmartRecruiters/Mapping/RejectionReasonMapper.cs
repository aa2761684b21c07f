using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Rejection reasons (<c>GET /configuration/rejection-reasons</c>): remote_id ← <c>id</c>, name ← <c>label</c>.
/// SmartRecruiters has no endpoint for a single reason, so remote_data is keyed by the list's path and holds
/// the reason's own entry.
/// </summary>
public static class RejectionReasonMapper
{
    public const string Path = "/configuration/rejection-reasons";

    public static UnifiedRejectionReason Map(MappingContext ctx, IdLabelDto reason)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(reason);
        var id = MappingGuards.RemoteId(reason.Id, "rejection reason");
        return new UnifiedRejectionReason(
            Id: ctx.Id(UnifiedModels.RejectionReason, id),
            RemoteId: id,
            Name: Labels.NullIfEmpty(reason.Label),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null,
            RemoteData: RemoteData.Of((Path, reason)));
    }
}
