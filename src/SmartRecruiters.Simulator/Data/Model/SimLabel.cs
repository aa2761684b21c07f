namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>SmartRecruiters' ubiquitous <c>{id, label}</c> pair (departments, reasons, functions…).</summary>
public sealed record SimLabel(string Id, string Label);
