using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using static RectifyBot.Cards.Measures.MeasureCardParts;
using static RectifyBot.Cards.Plans.PlanDraftParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// One question of a unit's plan draft: the item and step, the question, the field's input (id
/// <see cref="PlanDraftActions.AnswerInputId"/>) and a hint that typing the answer works too. The card carries the unit,
/// the draft's revision and the step, so a stale card from another device is refused.
/// </summary>
public static class PlanStepCard
{
    public static AdaptiveCard Build(UserLanguage language, PlanDraftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        var step = draft.Step ?? throw new ArgumentException("The preview has its own card.", nameof(view));
        var body = new List<CardElement> { Title(CardText.Format(language, "PlanDraft_Title", view.UnitName)) };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        body.Add(Hint(CardText.Format(language, "PlanDraft_Progress", draft.CurrentItem + 1, draft.Items.Count)));
        body.Add(new TextBlock(CardText.Get(language, "PlanDraft_Question_" + step)) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Medium });
        if (step == PlanField.Items)
        {
            body.Add(new ChoiceSetInput(PlanDraftActions.AnswerInputId, draft.Items.Count >= PlanLimits.Items
                ? [new Choice(CardText.Get(language, "PlanDraft_AnotherNo"), "no")]
                : [new Choice(CardText.Get(language, "PlanDraft_AnotherYes"), "yes"), new Choice(CardText.Get(language, "PlanDraft_AnotherNo"), "no")])
            {
                Expanded = true,
                Value = view.TypedOr(step, null),
            });
        }
        else
        {
            body.Add(Label(PlanDraftParts.Label(language, step)));
            body.AddRange(Inputs(language, view, draft.Current, step, PlanDraftActions.AnswerInputId));
        }

        body.AddRange(Errors(view.ErrorsOf(step)));
        body.Add(Hint(CardText.Get(language, "PlanDraft_Typed_" + step)));
        var actions = new List<CardAction>
        {
            new ExecuteAction(CardText.Get(language, "Measure_NextButton"), PlanDraftActions.AnswerVerb, Keys(draft, (PlanDraftActions.StepKey, step.ToString()))),
            new ExecuteAction(CardText.Get(language, "PlanDraft_PreviewButton"), PlanDraftActions.PreviewVerb, Keys(draft)),
            new ExecuteAction(CardText.Get(language, "PlanDraft_CancelButton"), PlanDraftActions.CancelVerb, Keys(draft)),
        };
        return new AdaptiveCard(body, actions);
    }
}
