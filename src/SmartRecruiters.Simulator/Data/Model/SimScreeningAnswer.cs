namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>
/// An answer as <c>/screening-answers</c> returns it: type (text, textarea, radio, select, checkbox,
/// acknowledgement, …), category, and records of fields with their chosen values.
/// </summary>
public sealed record SimScreeningAnswer(
    string Id, string Type, string Category, string Name, string Label, IReadOnlyList<IReadOnlyList<SimAnswerField>> Records);

public sealed record SimAnswerField(string Id, string Label, IReadOnlyList<SimLabel> Values);
