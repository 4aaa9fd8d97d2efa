using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using static RectifyBot.Cards.Measures.MeasureCardParts;
using static RectifyBot.Cards.Plans.PlanDraftParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// The whole plan draft before it is submitted: each item's fields (shortened when the card would grow too large),
/// what the server found wrong with it, and buttons to edit or remove it; then add an item, submit, or cancel.
/// </summary>
public static class PlanPreviewCard
{
    /// <summary>Above this many characters of item text the preview shortens each text (the card must stay under 28 KB on mobile).</summary>
    public const int FullTextBudget = 12_000;

    public const int ShortenedLength = 80;

    public static AdaptiveCard Build(UserLanguage language, PlanDraftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement> { Title(CardText.Format(language, "PlanDraft_PreviewTitle", view.UnitName)) };
        if (draft.Revises is { } revises)
        {
            body.Add(new TextBlock(CardText.Format(language, "PlanDraft_RevisionOf", revises + 1, revises)) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        }

        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        var shorten = draft.Items.Sum(i => (i.Problem?.Length ?? 0) + (i.Explanation?.Length ?? 0) + i.Milestones.Sum(m => m.Description.Length)) > FullTextBudget;
        string Show(string? text) => text is null ? Text("Measure_NotAnswered") : shorten ? Shorten(text, ShortenedLength) : text;
        var notSet = Text("Measure_NotAnswered");
        for (var i = 0; i < draft.Items.Count; i++)
        {
            var item = draft.Items[i];
            var facts = new List<Fact>
            {
                new(Text("PlanDraft_Short_Area"), item.AreaCode is null && item.OwnArea is null ? notSet : AreaName(language, item, view.Areas)),
                new(Text("PlanDraft_Short_Handling"), item.Handling is { } h ? Handling(language, h) : notSet),
                new(Text("PlanDraft_Short_Deadline"), item.Deadline is { } d ? Iso(d) : notSet),
                new(Text("PlanDraft_Short_ResponsibleUnit"), view.Roster.Unit(item.ResponsibleUnitCode)?.Name ?? item.ResponsibleUnitCode ?? notSet),
                new(Text("PlanDraft_Short_ResponsiblePerson"), view.Roster.Person(item.ResponsiblePersonNumber) is { } p ? PersonLabel(language, p, view.Roster) : item.ResponsiblePersonNumber ?? notSet),
                new(Text("PlanDraft_Short_Goals"), item.Goals.Count == 0 ? notSet : string.Join(language == UserLanguage.En ? ", " : "、", item.Goals.Select(g => Goal(language, g)))),
            };
            var parts = new List<CardElement>
            {
                Heading(CardText.Format(language, "PlanDraft_ItemHeading", i + 1)),
                UserText(Show(item.Problem)),
                new FactSet(facts) { Spacing = Spacing.Small },
            };
            if (item.Handling == PlanHandling.StepByStep)
            {
                parts.Add(new TextBlock(Text("PlanDraft_Short_Explanation")) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
                parts.Add(UserText(Show(item.Explanation)));
                if (shorten && item.Milestones.Count > 0)
                {
                    parts.Add(Hint(CardText.Format(language, "PlanDraft_MilestoneCount", item.Milestones.Count, Iso(item.Milestones.Max(m => m.Date)))));
                }
                else if (item.Milestones.Count > 0)
                {
                    parts.Add(new FactSet(item.Milestones.Select(m => new Fact(Iso(m.Date), m.Description))) { Spacing = Spacing.None });
                }
            }

            if (view.ItemErrors.TryGetValue(i, out var errors))
            {
                parts.AddRange(Errors(errors));
            }

            parts.Add(new ActionSet(
            [
                new ExecuteAction(CardText.Format(language, "PlanDraft_EditItemButton", i + 1), PlanDraftActions.ItemEditVerb, Keys(draft, (PlanDraftActions.ItemKey, Count(i)))),
                new ExecuteAction(CardText.Format(language, "PlanDraft_RemoveItemButton", i + 1), PlanDraftActions.ItemRemoveVerb, Keys(draft, (PlanDraftActions.ItemKey, Count(i)))),
            ]) { Spacing = Spacing.Small });
            body.Add(new Container(parts) { Separator = true, Spacing = Spacing.Medium });
        }

        body.Add(Hint(Text("PlanDraft_PreviewHint")));
        var actions = new List<CardAction> { new ExecuteAction(Text("PlanDraft_SubmitButton"), PlanDraftActions.SubmitVerb, Keys(draft)) };
        if (draft.Items.Count < PlanLimits.Items)
        {
            actions.Add(new ExecuteAction(Text("PlanDraft_AddItemButton"), PlanDraftActions.ItemAddVerb, Keys(draft)));
        }

        actions.Add(new ExecuteAction(Text("PlanDraft_CancelButton"), PlanDraftActions.CancelVerb, Keys(draft)));
        return new AdaptiveCard(body, actions);
    }
}
