using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// User roles: one per user, linking it to the SYSTEM role of its <c>systemRole</c> (none when the user carries
/// no system role). The record is identified by the pair (<c>{userId}:{systemRoleId}</c>), so a user whose role
/// changes gets a new record and the old one is deleted by the next full pass.
/// </summary>
public static class UserRoleMapper
{
    public static UnifiedUserRole? Map(MappingContext ctx, UserDto user)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(user);
        var userId = MappingGuards.RemoteId(user.Id, "user");
        if (string.IsNullOrWhiteSpace(user.SystemRole?.Id))
        {
            return null;
        }

        var roleId = user.SystemRole.Id;
        return new UnifiedUserRole(
            Id: ctx.Id(UnifiedModels.UserRole, $"{userId}:{roleId}"),
            UserId: ctx.Id(UnifiedModels.User, userId),
            RoleId: RoleMapper.SystemRoleId(ctx, roleId),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }
}
