using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Users and their system-role assignments (user roles), one users list page per commit. A DELTA reads only the
/// users SmartRecruiters changed since the last pass; an interrupted run continues at the page after the last one
/// committed.
/// </summary>
/// <param name="pageSize">Users per list request (and so per commit); smaller only in tests that need several pages.</param>
public sealed class UsersStep(int pageSize = SmartRecruitersClient.MaxPageSize) : ISyncStep
{
    private const string ListPhase = "users";

    /// <summary>The last page is committed: a resumed run has nothing left to read.</summary>
    private const string DonePhase = "done";

    public string Model => SyncModels.Users;

    public IReadOnlyList<string> Scopes { get; } = [UnifiedModels.User, UnifiedModels.UserRole];

    public IReadOnlyList<string> Sources { get; } = [];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        if (context.Resume.Phase == DonePhase)
        {
            return;
        }

        await foreach (var page in context.Client.UsersAsync(context.UpdatedAfter, cancellationToken, pageSize, context.Resume.Cursor))
        {
            context.Skipped(UnifiedModels.User, page.Skipped);
            var batch = context.NewBatch();

            // Users first: a new user role bumps its user, which must exist by then.
            batch.Reserve(UnifiedModels.User);
            batch.Reserve(UnifiedModels.UserRole);
            foreach (var user in page.Records)
            {
                Add(context, batch, user);
            }

            context.Progress(page.Records.Count + page.Skipped.Count, page.TotalFound);
            var next = page.NextCursor is { } cursor ? new StepPosition(ListPhase, cursor) : new StepPosition(DonePhase);
            await context.CommitAsync(batch, next, cancellationToken);
        }
    }

    private static void Add(SyncStepContext context, PageBatch batch, UserDto user)
    {
        try
        {
            var unified = UserMapper.Map(context.Mapping, user);
            batch.Add(UnifiedModels.User, unified.Id, unified.RemoteId, unified);
            if (UserRoleMapper.Map(context.Mapping, user) is { } role)
            {
                // Kombo counts both a new or dropped assignment and a changed one as a change of the user.
                batch.Add(UnifiedModels.UserRole, role.Id, $"{unified.RemoteId}:{user.SystemRole!.Id}", role,
                    [new ParentLink(UnifiedModels.User, unified.Id, NestedChange.Membership | NestedChange.Content)]);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Fail(UnifiedModels.User, user.Id, $"could not be mapped: {e.Message}");
        }
    }
}
