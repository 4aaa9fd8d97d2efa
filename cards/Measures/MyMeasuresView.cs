using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// "我的整改措施": the member's draft (if any), everything submitted this stage with its ledger entries, the roster to
/// name reviewers, and today's date in China (an open ledger entry past its deadline shows as overdue).
/// </summary>
public sealed record MyMeasuresView(MemberMeasures Measures, MeasureDraft? Draft, Core.Roster.Roster Roster, DateOnly Today)
{
    /// <summary>The ledger entries of units' accepted plan items the member is responsible for (any unit's plan).</summary>
    public IReadOnlyList<Core.Ledger.LedgerEntry> PlanItems { get; init; } = [];
}
