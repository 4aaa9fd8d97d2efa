using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Mechanisms;

/// <summary>
/// The office's "长效机制" / "mechanisms": how many secondary committees and general branches lack each mechanism, which
/// units lack which (the first <see cref="UnitsShown"/>, then "and N more" — the Excel file lists every one), a unit to
/// open for recording, and the export button.
/// </summary>
public static class MechanismOverviewCard
{
    public const string OpenVerb = "mechanism-open";

    public const string ExportVerb = "mechanism-export";

    public const string UnitField = "unit";

    public const int UnitsShown = 30;

    public static AdaptiveCard Build(UserLanguage language, MechanismOverview overview, IReadOnlyList<string>? unitErrors = null)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var incomplete = overview.Incomplete;
        var body = new List<CardElement>
        {
            Title(CardText.Get(language, "MechanismOverview_Title")),
            Hint(CardText.Format(language, "MechanismOverview_Summary", overview.Units.Count, overview.Units.Count - incomplete.Count, incomplete.Count)),
            Heading(CardText.Get(language, "MechanismOverview_ByKind")),
            new FactSet([.. UnitMechanisms.Kinds.Select(k => new Fact(MechanismWords.Kind(language, k),
                CardText.Format(language, "MechanismOverview_UnitsMissing", overview.MissingCount(k))))]) { Spacing = Spacing.Small },
        };
        if (incomplete.Count > 0)
        {
            body.Add(Heading(CardText.Get(language, "MechanismOverview_Incomplete")));
            var separator = language == UserLanguage.En ? ", " : "、";
            body.Add(new FactSet([.. incomplete.Take(UnitsShown).Select(u => new Fact(
                Shorten(u.Unit.Name, 40) + " (" + Shorten(u.Unit.Code, 20) + ")",
                string.Join(separator, u.Mechanisms.Missing.Select(k => MechanismWords.Kind(language, k)))))]) { Spacing = Spacing.Small });
            if (incomplete.Count > UnitsShown)
            {
                body.Add(Hint(CardText.Format(language, "MechanismOverview_More", (incomplete.Count - UnitsShown).ToString(CultureInfo.InvariantCulture))));
            }
        }

        var actions = new List<CardAction>();
        if (overview.Units.Count > 0)
        {
            body.Add(Label(CardText.Get(language, "MechanismOverview_Field_Unit")));
            // The units shown above first (a long list would not fit a card); any other unit by typing its code.
            var choices = incomplete.Concat(overview.Units.Where(u => u.Mechanisms.Missing.Count == 0)).Take(UnitsShown).ToList();
            body.Add(new ChoiceSetInput(UnitField, [.. choices.Select(u => new Choice(Shorten(u.Unit.Name, 40) + " (" + Shorten(u.Unit.Code, 20) + ")", u.Unit.Code))])
            {
                Value = choices[0].Unit.Code,
            });
            body.AddRange(Errors(unitErrors));
            body.Add(Hint(CardText.Get(language, "MechanismOverview_TypeCode")));
            actions.Add(new ExecuteAction(CardText.Get(language, "MechanismOverview_OpenButton"), OpenVerb));
        }

        actions.Add(new ExecuteAction(CardText.Get(language, "MechanismOverview_ExportButton"), ExportVerb));
        return new AdaptiveCard(body, actions);
    }
}
