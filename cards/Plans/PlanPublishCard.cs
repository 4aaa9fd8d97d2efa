using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using static RectifyBot.Cards.Measures.MeasureCardParts;
using static RectifyBot.Cards.Plans.PlanDraftParts;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// After the draft is submitted: who the plan is published to for supervision (公示) and the last day of the feedback
/// window (a CST date, at most <see cref="PlanLimits.WindowDays"/> days ahead); typed answers work too.
/// </summary>
public static class PlanPublishCard
{
    public static AdaptiveCard Build(UserLanguage language, PlanDraftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        var body = new List<CardElement> { Title(CardText.Format(language, "PlanDraft_PublishTitle", view.UnitName)) };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        body.Add(new TextBlock(CardText.Format(language, "PlanDraft_PublishIntro", draft.Items.Count(i => !i.IsBlank), PlanLimits.WindowDays)) { Spacing = Spacing.Small });
        body.Add(Label(CardText.Get(language, "PlanDraft_Field_Scope")));
        body.Add(new ChoiceSetInput(PlanDraftActions.InputId(PlanField.Scope), [.. Enum.GetValues<PlanScope>().Select(s => new Choice(PlanWords.Scope(language, s), s.ToString()))])
        {
            Expanded = true,
            Value = view.TypedOr(PlanField.Scope, draft.Scope?.ToString()) is { } scope && Enum.TryParse<PlanScope>(scope, out var chosen) ? chosen.ToString() : null,
        });
        body.AddRange(Errors(view.ErrorsOf(PlanField.Scope)));
        body.Add(Label(CardText.Get(language, "PlanDraft_Field_WindowEnd")));
        body.Add(new DateInput(PlanDraftActions.InputId(PlanField.WindowEnd)) { Value = DateValue(view.TypedOr(PlanField.WindowEnd, null), out var unreadable) });
        if (unreadable is not null)
        {
            body.Add(Hint(CardText.Format(language, "Measure_TypedWas", unreadable)));
        }

        body.AddRange(Errors(view.ErrorsOf(PlanField.WindowEnd)));
        body.Add(Hint(CardText.Get(language, "PlanDraft_Typed_" + (draft.Step ?? PlanField.Scope))));
        return new AdaptiveCard(body,
        [
            new ExecuteAction(CardText.Get(language, "PlanDraft_PublishButton"), PlanDraftActions.PublishVerb, Keys(draft)),
            new ExecuteAction(CardText.Get(language, "PlanDraft_PreviewButton"), PlanDraftActions.PreviewVerb, Keys(draft)),
        ]);
    }
}
