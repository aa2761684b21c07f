namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// The <c>type</c> discriminator of a screening question's <c>format</c> (<see cref="ScreeningQuestionFormat.Type"/>)
/// and of an application's screening-question answer (<see cref="ScreeningQuestionAnswer.Type"/>; answers use every
/// value but FILE and INFORMATION). Unlike the other enums this one is closed: Kombo's SDK accepts only these
/// literals, and anything else is represented by the UNKNOWN variant.
/// </summary>
public static class ScreeningQuestionType
{
    public const string Text = "TEXT";
    public const string Number = "NUMBER";
    public const string File = "FILE";
    public const string SingleSelect = "SINGLE_SELECT";
    public const string MultiSelect = "MULTI_SELECT";
    public const string Boolean = "BOOLEAN";
    public const string Date = "DATE";
    public const string Information = "INFORMATION";
    public const string Unknown = "UNKNOWN";

    /// <summary>Every value, in the order Kombo lists the format variants.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, Number, File, SingleSelect, MultiSelect, Boolean, Date, Information, Unknown];
}
