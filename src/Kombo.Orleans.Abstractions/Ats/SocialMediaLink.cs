// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A candidate social-media or web link: <c>{link, type, username}</c>. <c>type</c> is an open string;
/// <see cref="SocialMediaType"/> lists the values this project's mapping produces.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.social_media_link")]
public sealed record SocialMediaLink(
    string? Link,
    string? Type,
    string? Username);
