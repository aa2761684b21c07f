using System.Text.Json;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>A role as users' <c>system_roles</c> and hiring-team members' <c>job_roles</c> embed it (no id, by Kombo's shape).</summary>
internal static class RoleSummary
{
    public static void Write(Utf8JsonWriter writer, LinkedRecord role)
    {
        writer.WriteStartObject();
        role.Copy(writer, "remote_id");
        role.Copy(writer, "remote_label");
        role.Copy(writer, "scope");
        role.Copy(writer, "unified_type");
        writer.WriteEndObject();
    }
}
