using System.Collections.Concurrent;

namespace Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>One budget per credential in this process, whoever asks for it: the unit SmartRecruiters limits.</summary>
public sealed class RequestBudgets(RequestBudgetLimits? limits = null, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, Lazy<LocalRequestBudget>> _budgets = new(StringComparer.Ordinal);

    public IRequestBudget For(string budgetKey) =>
        _budgets.GetOrAdd(budgetKey, _ => new Lazy<LocalRequestBudget>(() => new LocalRequestBudget(limits, time))).Value;
}
