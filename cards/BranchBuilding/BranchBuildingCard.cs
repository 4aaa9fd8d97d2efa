using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.BranchBuilding;
using RectifyBot.Core.Localization;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.BranchBuilding;

/// <summary>
/// "支部建设" / "branch building": the open items (branches without a secretary or committee, senior classes that should
/// have a class branch, weak branches not yet reorganised) by committee, each with its owner — the first
/// <see cref="ItemsShown"/>, then "and N more"; for the office the form that records a weak branch as reorganised.
/// </summary>
public static class BranchBuildingCard
{
    public const string ResolveVerb = "branch-weak-resolve";

    public const string BranchField = "branch";

    public const string NoteField = "note";

    public const int ItemsShown = 30;

    public static AdaptiveCard Build(UserLanguage language, BranchBuildingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = view.Page;
        var roster = page.Roster;
        var body = new List<CardElement> { Title(CardText.Get(language, "BranchBuilding_Title")) };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        if (page.Items.Count == 0)
        {
            body.Add(new TextBlock(CardText.Get(language, "BranchBuilding_None")));
        }

        foreach (var item in page.Items.Take(ItemsShown))
        {
            var place = item.Kind == BranchFindingKind.ClassWithoutBranch ? item.Subject : roster.Unit(item.Subject)?.Name ?? item.Subject;
            var owners = string.Join(language == UserLanguage.En ? ", " : "、", item.OwnerNumbers.Select(n => roster.Person(n)?.Name ?? n));
            body.Add(new Container(
            [
                new TextBlock(CardText.Get(language, "BranchBuilding_Kind_" + item.Kind) + " · " + Shorten(place, 60)) { Weight = TextWeight.Bolder },
                Hint(CardText.Format(language, "BranchBuilding_Owner", Shorten(roster.Unit(item.CommitteeCode)?.Name ?? item.CommitteeCode, 60), Shorten(owners, 120))),
                .. item.Note is { } note ? [Hint(CardText.Format(language, "BranchBuilding_Note_" + item.Kind, Shorten(note, 200)))] : Array.Empty<CardElement>(),
            ]) { Separator = true, Spacing = Spacing.Small });
        }

        if (page.Items.Count > ItemsShown)
        {
            body.Add(Hint(CardText.Format(language, "BranchBuilding_More", page.Items.Count - ItemsShown)));
        }

        var weak = page.Items.Where(i => i.Kind == BranchFindingKind.Weak).Take(ItemsShown).ToList();
        if (!page.CanResolve || weak.Count == 0)
        {
            return new AdaptiveCard(body);
        }

        body.Add(Heading(CardText.Get(language, "BranchBuilding_ResolveHeading")));
        body.Add(Label(CardText.Get(language, "BranchBuilding_Field_Branch")));
        body.Add(new ChoiceSetInput(BranchField, [.. weak.Select(i => new Choice(Shorten(roster.Unit(i.Subject)?.Name ?? i.Subject, 60) + " (" + Shorten(i.Subject, 20) + ")", i.Subject))])
        {
            Value = view.Branch ?? weak[0].Subject,
        });
        body.AddRange(Errors(ErrorsOf(view.Errors, BranchField)));
        body.Add(Label(CardText.Format(language, "BranchBuilding_Field_Note", BranchBuildingLimits.ResolutionNote)));
        body.Add(new TextInput(NoteField) { IsMultiline = true, MaxLength = BranchBuildingLimits.ResolutionNote * 2, Value = view.Note });
        body.AddRange(Errors(ErrorsOf(view.Errors, NoteField)));
        return new AdaptiveCard(body, [new ExecuteAction(CardText.Get(language, "BranchBuilding_ResolveButton"), ResolveVerb)]);
    }
}
