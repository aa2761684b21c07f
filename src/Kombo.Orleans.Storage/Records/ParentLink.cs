namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A record (of any model of the same integration) that embeds this one, e.g. an interview's application.
/// The store bumps the parent's nested-change time to the commit's instant when this record is added,
/// removed (deleted, restored, or the link itself added or dropped) and the link has
/// <see cref="NestedChange.Membership"/>, or when its content changes and the link has
/// <see cref="NestedChange.Content"/>. A parent that does not exist (yet) is ignored.
/// </summary>
public sealed record ParentLink(string Model, string Id, NestedChange When);

/// <summary>Which changes of a nested record count as a change of its parent (Kombo's "added/removed" and "linked record change").</summary>
[Flags]
public enum NestedChange
{
    None = 0,
    Membership = 1,
    Content = 2,
    Any = Membership | Content,
}
