using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Users (<c>GET /user-api/v201804/users</c>): remote_id ← <c>id</c>, names as given, email only when
/// it passes <see cref="EmailRules"/> (SmartRecruiters does not validate it; every user is still
/// synced), status ← <c>active</c> (true → ACTIVE, false → INACTIVE, absent → null).
/// remote_data is keyed by the user's own path, <c>/user-api/v201804/users/{id}</c>.
/// </summary>
public static class UserMapper
{
    public static UnifiedUser Map(MappingContext ctx, UserDto user)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(user);
        var id = MappingGuards.RemoteId(user.Id, "user");
        return new UnifiedUser(
            Id: ctx.Id(UnifiedModels.User, id),
            RemoteId: id,
            FirstName: Labels.NullIfEmpty(user.FirstName),
            LastName: Labels.NullIfEmpty(user.LastName),
            Email: EmailRules.ValidOrNull(Labels.NullIfEmpty(user.Email)),
            Status: user.Active switch
            {
                true => UserStatus.Active,
                false => UserStatus.Inactive,
                null => null,
            },
            RemoteData: RemoteData.Of((Path(id), user)),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>The API path of a user, the key of its <c>remote_data</c>.</summary>
    public static string Path(string userId) => $"/user-api/v201804/users/{userId}";
}
