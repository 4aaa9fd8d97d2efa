using RectifyBot.Core.Plans;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// "我的单位方案": the plans of the units the person leads (with the file button once accepted), every child unit's
/// latest plan (with the acknowledge button once filed) and the items sent up for coordination.
/// </summary>
public sealed record UnitPlansView(
    IReadOnlyList<UnitPlansView.OwnPlan> Own,
    IReadOnlyList<UnitPlansView.ChildPlan> Children,
    IReadOnlyList<UnitPlansView.Coordination> Coordinations,
    Core.Roster.Roster Roster)
{
    /// <summary>A message shown above the lists (a resource key), e.g. after an action.</summary>
    public string? NoticeKey { get; init; }

    public sealed record OwnPlan(string UnitCode, PlanVersion? Latest, bool CanFile);

    public sealed record ChildPlan(PlanVersion Latest, bool CanAcknowledge);

    public sealed record Coordination(PlanCoordination Item, bool CanTake);
}
