using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Roles: the SYSTEM roles (one request) and the JOB roles, which are the five built-in hiring-team roles plus
/// every role string the jobs step stored per job (<see cref="InternalScopes.JobRoles"/>). Always runs: the system
/// roles have no change filter. The stored job roles are read when they can have changed (a FULL pass, or a DELTA
/// in which the jobs step changed them); otherwise only the built-ins are written next to the system roles, which
/// is enough because a DELTA never deletes. Nothing to resume: a rerun costs the same one request.
/// </summary>
public sealed class RolesStep : ISyncStep
{
    private const int StorePageSize = 1000;

    public string Model => SyncModels.Roles;

    public IReadOnlyList<string> Scopes { get; } = [UnifiedModels.Role];

    public IReadOnlyList<string> Sources { get; } = [];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var page = await context.Client.SystemRolesAsync(cancellationToken);
        context.Skipped(UnifiedModels.Role, page.Skipped);
        var roles = RoleMapper.MapSystemRoles(context.Mapping, page.Records).ToList();

        var scan = context.Kind == SyncKind.Full || context.ChangedScopes.Contains(InternalScopes.JobRoles);
        var seen = scan ? await StoredJobRolesAsync(context, cancellationToken) : [];
        roles.AddRange(RoleMapper.MapJobRoles(context.Mapping, seen));

        var batch = context.NewBatch();
        foreach (var role in roles)
        {
            batch.Add(UnifiedModels.Role, role.Id, role.RemoteId, role);
        }

        context.Progress(roles.Count, roles.Count);
        await context.CommitAsync(batch, StepPosition.Start, cancellationToken);
    }

    /// <summary>Every distinct role string of the live per-job role records (a few strings, however many jobs).</summary>
    private static async Task<HashSet<string>> StoredJobRolesAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var scope = new RecordScope(context.IntegrationId, InternalScopes.JobRoles);
        RecordCursor? after = null;
        do
        {
            var page = await context.Store.QueryAsync(new RecordQuery(scope) { PageSize = StorePageSize, After = after }, cancellationToken);
            foreach (var record in page.Records)
            {
                using var document = JsonDocument.Parse(record.Payload);
                if (document.RootElement.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    roles.UnionWith(list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!));
                }
            }

            after = page.Next;
        }
        while (after is not null);

        return roles;
    }
}
