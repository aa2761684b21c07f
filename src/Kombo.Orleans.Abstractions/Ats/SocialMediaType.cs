namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A social-media link's <c>type</c>. Kombo types it as a free string; these are the values this project's
/// SmartRecruiters mapping produces. The enum is open: <see cref="SocialMediaLink.Type"/> may hold any string.
/// </summary>
public static class SocialMediaType
{
    public const string Linkedin = "LINKEDIN";
    public const string Facebook = "FACEBOOK";
    public const string Twitter = "TWITTER";
    public const string Skype = "SKYPE";
    public const string Website = "WEBSITE";

    /// <summary>Every value this project's mapping produces.</summary>
    public static IReadOnlyList<string> All { get; } = [Linkedin, Facebook, Twitter, Skype, Website];
}
