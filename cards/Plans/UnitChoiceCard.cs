using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// Which unit to act for, instead of typing its code: a leader's few units, or every unit of the roster for the office
/// (up to <see cref="MaxChoices"/>). Above <see cref="FilteredAbove"/> units the list is a type-ahead
/// (<see cref="TypeAheadChoiceSet"/>: schema 1.5; Teams mobile gets a box to type the code in); names are cut to
/// <see cref="NameLength"/> characters so 300 units stay under 80 KB. Typing the command with the code still works.
/// </summary>
public static class UnitChoiceCard
{
    public const int MaxChoices = 300;

    public const int FilteredAbove = 10;

    public const int NameLength = 40;

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<OrganisationUnit> units, UnitChoicePrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(prompt);
        var body = new List<CardElement> { Title(CardText.Get(language, prompt.TitleKey)), Hint(CardText.Get(language, prompt.HintKey)) };
        if (units.Count == 0)
        {
            return new AdaptiveCard(body);
        }

        var choices = units.Take(MaxChoices).Select(u => new Choice(CardText.Format(language, "PlanDraft_UnitButton", Shorten(u.Name, NameLength), u.Code), u.Code)).ToList();
        body.Add(units.Count > FilteredAbove
            ? new TypeAheadChoiceSet(prompt.UnitKey, choices, CardText.Get(language, "UnitChoice_TypeCode")) { Value = units[0].Code }
            : new ChoiceSetInput(prompt.UnitKey, choices) { Value = units[0].Code });
        return new AdaptiveCard(body, [new ExecuteAction(CardText.Get(language, prompt.ButtonKey), prompt.Verb)]);
    }
}
