using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// Which unit's plan to draft, for a leader of several units (a list to choose from, its value the unit's code) or the
/// office (which types "新建整改方案" and the unit's code).
/// </summary>
public static class PlanUnitChoiceCard
{
    /// <summary>More than this many units: the office's case, which types the code instead.</summary>
    public const int MaxChoices = 50;

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<OrganisationUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var body = new List<CardElement> { Title(CardText.Get(language, "PlanDraft_ChooseUnitTitle")), Hint(CardText.Get(language, "PlanDraft_ChooseUnitHint")) };
        if (units.Count == 0)
        {
            return new AdaptiveCard(body);
        }

        body.Add(new ChoiceSetInput(PlanDraftActions.UnitKey, [.. units.Take(MaxChoices).Select(u => new Choice(CardText.Format(language, "PlanDraft_UnitButton", u.Name, u.Code), u.Code))])
        {
            Value = units[0].Code,
        });
        return new AdaptiveCard(body, [new ExecuteAction(CardText.Get(language, "PlanDraft_StartButton"), PlanDraftActions.StartVerb)]);
    }
}
