using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Drafting;
using static RectifyBot.Cards.Measures.MeasureCardParts;
using static RectifyBot.Cards.Plans.PlanDraftParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// One plan item on one card, every field an input (ids from <see cref="PlanDraftActions.InputId"/>): saving checks
/// every field on the server and, when something is wrong, comes back with the error under its field and everything
/// typed kept.
/// </summary>
public static class PlanItemFormCard
{
    public static AdaptiveCard Build(UserLanguage language, PlanDraftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        var index = Math.Clamp(view.ItemIndex, 0, draft.Items.Count - 1);
        var item = draft.Items[index];
        var body = new List<CardElement>
        {
            Title(CardText.Format(language, "PlanDraft_Title", view.UnitName)),
            new TextBlock(CardText.Format(language, "PlanDraft_ItemHeading", index + 1)) { Weight = TextWeight.Bolder, Spacing = Spacing.Small },
        };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        foreach (var field in PlanAnswers.ItemFields)
        {
            body.Add(Label(PlanDraftParts.Label(language, field)));
            if (field is PlanField.Explanation or PlanField.Milestones)
            {
                body.Add(Hint(CardText.Get(language, "PlanDraft_StepByStepOnly")));
            }

            body.AddRange(Inputs(language, view, item, field, PlanDraftActions.InputId(field)));
            body.AddRange(Errors(view.ErrorsOf(field)));
        }

        var keys = Keys(draft, (PlanDraftActions.ItemKey, Count(index)));
        return new AdaptiveCard(body,
        [
            new ExecuteAction(CardText.Get(language, "PlanDraft_SaveItemButton"), PlanDraftActions.ItemSaveVerb, keys),
            new ExecuteAction(CardText.Get(language, "PlanDraft_PreviewButton"), PlanDraftActions.PreviewVerb, Keys(draft)),
        ]);
    }
}
