namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>An Apply-API screening question: one or more fields, each with a type and options.</summary>
public sealed record SimQuestion(string Id, string Label, bool Repeatable, IReadOnlyList<SimQuestionField> Fields);

/// <summary>Type: INPUT_TEXT, SINGLE_SELECT, MULTI_SELECT, RADIO, CHECKBOX, TEXTAREA, INFORMATION.</summary>
public sealed record SimQuestionField(
    string Id, string Label, string Type, bool Required, string? ComplianceType, IReadOnlyList<SimLabel> Values);
