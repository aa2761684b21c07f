namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>Which parents a child's change bumps (Kombo's <c>updated_after</c> rules in docs/record-store.md).</summary>
internal static class ParentChanges
{
    /// <summary>Added, restored or deleted: the record joined or left each Membership parent.</summary>
    public static IEnumerable<ParentLink> Membership(IEnumerable<ParentLink> links) =>
        links.Where(link => link.When.HasFlag(NestedChange.Membership));

    /// <summary>Updated: its content changed inside each Content parent.</summary>
    public static IEnumerable<ParentLink> Content(IEnumerable<ParentLink> links) =>
        links.Where(link => link.When.HasFlag(NestedChange.Content));

    /// <summary>Membership links present in one list and not the other: the record joined or left those parents.</summary>
    public static IEnumerable<ParentLink> MembershipMoved(IReadOnlyCollection<ParentLink> stored, IReadOnlyCollection<ParentLink> next)
    {
        var before = Membership(stored).Select(Target).ToHashSet();
        var after = Membership(next).Select(Target).ToHashSet();
        return Membership(stored).Where(link => !after.Contains(Target(link)))
            .Concat(Membership(next).Where(link => !before.Contains(Target(link))));
    }

    private static (string Model, string Id) Target(ParentLink link) => (link.Model, link.Id);
}
