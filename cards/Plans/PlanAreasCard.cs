using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// "整改领域" / "plan areas": the list units choose their plan items' areas from, each with who last changed it and
/// when. The office adds an area (both names), renames the chosen one (an empty name keeps the current one) or retires
/// it; anyone else only reads.
/// </summary>
public static class PlanAreasCard
{
    public const string AddVerb = "plan-area-add";
    public const string RenameVerb = "plan-area-rename";
    public const string RetireVerb = "plan-area-retire";

    public const string AreaField = "area";
    public const string ChineseField = "chinese";
    public const string EnglishField = "english";

    public static AdaptiveCard Build(UserLanguage language, PlanAreasView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var english = language == UserLanguage.En;
        var body = new List<CardElement> { Title(CardText.Get(language, "PlanAreas_Title")) };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        body.Add(new FactSet([.. view.Areas.Select(a => new Fact(
            a.Retired ? CardText.Format(language, "PlanAreas_Retired", a.NameFor(english)) : a.NameFor(english),
            a.ChangedByNumber is { } by && a.ChangedAt is { } at
                ? CardText.Format(language, "PlanAreas_ChangedBy", view.Roster.Person(by)?.Name ?? by, Cst(at))
                : CardText.Get(language, "PlanAreas_Seeded")))]) { Spacing = Spacing.Small });
        if (!view.CanEdit)
        {
            body.Add(Hint(CardText.Get(language, "PlanAreas_OfficeOnly")));
            return new AdaptiveCard(body);
        }

        var inForce = view.Areas.Where(a => !a.Retired).ToList();
        body.Add(Heading(CardText.Get(language, "PlanAreas_EditHeading")));
        body.Add(Label(CardText.Get(language, "PlanAreas_Field_Area")));
        if (inForce.Count > 0)
        {
            body.Add(new ChoiceSetInput(AreaField, [.. inForce.Select(a => new Choice(a.NameFor(english), a.Code))]) { Value = view.Chosen });
        }

        body.AddRange(Errors(ErrorsOf(view.Errors, AreaField)));
        body.Add(Label(CardText.Format(language, "PlanAreas_Field_Chinese", PlanLimits.OwnArea)));
        body.Add(new TextInput(ChineseField) { MaxLength = PlanLimits.OwnArea * 2, Value = view.Chinese });
        body.AddRange(Errors(ErrorsOf(view.Errors, ChineseField)));
        body.Add(Label(CardText.Format(language, "PlanAreas_Field_English", PlanLimits.OwnArea)));
        body.Add(new TextInput(EnglishField) { MaxLength = PlanLimits.OwnArea * 2, Value = view.English });
        body.AddRange(Errors(ErrorsOf(view.Errors, EnglishField)));
        body.Add(Hint(CardText.Get(language, "PlanAreas_Hint")));
        return new AdaptiveCard(body,
        [
            new ExecuteAction(CardText.Get(language, "PlanAreas_AddButton"), AddVerb),
            new ExecuteAction(CardText.Get(language, "PlanAreas_RenameButton"), RenameVerb),
            new ExecuteAction(CardText.Get(language, "PlanAreas_RetireButton"), RetireVerb),
        ]);
    }
}
