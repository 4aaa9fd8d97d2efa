using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// Which unit's plan to draft, for a leader of several units or the office (every unit of the roster, a type-ahead
/// list; "新建整改方案 单位编码" still works): <see cref="UnitChoiceCard"/> with the plan draft's start button.
/// </summary>
public static class PlanUnitChoiceCard
{
    public static UnitChoicePrompt Prompt { get; } =
        new("PlanDraft_ChooseUnitTitle", "PlanDraft_ChooseUnitHint", "PlanDraft_StartButton", PlanDraftActions.StartVerb, PlanDraftActions.UnitKey);

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<OrganisationUnit> units) => UnitChoiceCard.Build(language, units, Prompt);
}
