using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Users with their system roles (live user_roles links to the roles).</summary>
internal sealed class UserShape : IResultShape
{
    private static readonly HashSet<string> Embedded = ["system_roles"];

    public string Scope => UnifiedModels.User;

    public async Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        var links = await reader.ByLinkAsync(UnifiedModels.UserRole, "user_id", page.Select(u => u.Id));
        var roles = await reader.ByIdsAsync(UnifiedModels.Role, links.SelectMany(g => g).Select(l => l.String("role_id")));
        foreach (var user in page)
        {
            RecordJson.StartRecord(writer, user, Embedded);
            writer.WriteStartArray("system_roles");
            var held = links[user.Id].Select(l => l.String("role_id")).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(id => roles.GetValueOrDefault(id)).OfType<LinkedRecord>().OrderBy(r => r.Id, StringComparer.Ordinal);
            foreach (var role in held)
            {
                RoleSummary.Write(writer, role);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
