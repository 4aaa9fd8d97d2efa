using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.BranchBuilding;
using RectifyBot.Core.Localization;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.BranchBuilding;

/// <summary>
/// "最佳党日活动" / "party day": the form that records a branch's best Party-day activity (branch, title, date,
/// description) and the activities recorded for the viewer's branches — the latest <see cref="ActivitiesShown"/>, each
/// with who recorded it. More than <see cref="BranchesOffered"/> branches (the office): the branch is typed by its code.
/// </summary>
public static class PartyDayCard
{
    public const string SaveVerb = "party-day-save";

    public const string BranchField = "branch";

    public const string TitleField = "title";

    public const string DateField = "date";

    public const string DescriptionField = "description";

    public const int ActivitiesShown = 20;

    public const int BranchesOffered = 30;

    public static AdaptiveCard Build(UserLanguage language, PartyDayView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = view.Page;
        string? Typed(string field) => view.Typed.TryGetValue(field, out var value) ? value : null;
        var body = new List<CardElement> { Title(CardText.Get(language, "PartyDay_Title")) };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        body.Add(Label(CardText.Get(language, "PartyDay_Field_Branch")));
        if (page.Branches.Count <= BranchesOffered)
        {
            body.Add(new ChoiceSetInput(BranchField, [.. page.Branches.Select(b => new Choice(Shorten(b.Name, 60) + " (" + Shorten(b.Code, 20) + ")", b.Code))])
            {
                Value = Typed(BranchField) ?? page.Branches[0].Code,
            });
        }
        else
        {
            body.Add(new TextInput(BranchField) { Value = Typed(BranchField), MaxLength = 100, Placeholder = page.Branches[0].Code });
        }

        body.AddRange(Errors(ErrorsOf(view.Errors, BranchField)));
        body.Add(Label(CardText.Format(language, "PartyDay_Field_Title", BranchBuildingLimits.ActivityTitle)));
        body.Add(new TextInput(TitleField) { Value = Typed(TitleField), MaxLength = BranchBuildingLimits.ActivityTitle * 2 });
        body.AddRange(Errors(ErrorsOf(view.Errors, TitleField)));
        body.Add(Label(CardText.Get(language, "PartyDay_Field_Date")));
        body.Add(new DateInput(DateField) { Value = DateValue(Typed(DateField), out var unreadable) });
        if (unreadable is not null)
        {
            body.Add(Hint(CardText.Format(language, "PartyDay_DateTyped", Shorten(unreadable, 40))));
        }

        body.AddRange(Errors(ErrorsOf(view.Errors, DateField)));
        body.Add(Label(CardText.Format(language, "PartyDay_Field_Description", BranchBuildingLimits.ActivityDescription)));
        body.Add(new TextInput(DescriptionField) { Value = Typed(DescriptionField), IsMultiline = true, MaxLength = BranchBuildingLimits.ActivityDescription * 2 });
        body.AddRange(Errors(ErrorsOf(view.Errors, DescriptionField)));

        body.Add(Heading(CardText.Get(language, "PartyDay_Recorded")));
        if (page.Activities.Count == 0)
        {
            body.Add(Hint(CardText.Get(language, "PartyDay_NoneYet")));
        }

        foreach (var activity in page.Activities.Take(ActivitiesShown))
        {
            body.Add(new Container(
            [
                new TextBlock(Iso(activity.Date) + " · " + Shorten(page.Roster.Unit(activity.BranchCode)?.Name ?? activity.BranchCode, 60) + " · " + Shorten(activity.Title, BranchBuildingLimits.ActivityTitle)) { Weight = TextWeight.Bolder },
                UserText(Shorten(activity.Description, 300)),
                Hint(CardText.Format(language, "PartyDay_RecordedBy", page.Roster.Person(activity.RecordedBy)?.Name ?? activity.RecordedBy, Cst(activity.RecordedAt))),
            ]) { Separator = true, Spacing = Spacing.Small });
        }

        if (page.Activities.Count > ActivitiesShown)
        {
            body.Add(Hint(CardText.Format(language, "PartyDay_More", (page.Activities.Count - ActivitiesShown).ToString(CultureInfo.InvariantCulture))));
        }

        return new AdaptiveCard(body, [new ExecuteAction(CardText.Get(language, "PartyDay_SaveButton"), SaveVerb)]);
    }
}
