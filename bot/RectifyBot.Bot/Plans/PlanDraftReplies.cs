using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Measures;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Drafting;

namespace RectifyBot.Bot.Plans;

/// <summary>Shows a turn of drafting a plan: the step's card, the item form, the preview, the publish card, or a message.</summary>
public sealed class PlanDraftReplies
{
    public ChatReply Reply(UserLanguage language, PlanDraftTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Draft is not { } draft)
        {
            return turn.Kind switch
            {
                PlanDraftTurnKind.ChooseUnit => ChatReply.Card(PlanUnitChoiceCard.Build(language, turn.Units).ToJson()),
                PlanDraftTurnKind.Published when turn.Published is { } v => ChatReply.Message(CardText.Format(
                    language, "PlanDraft_Published", turn.Roster.Unit(v.UnitCode)?.Name ?? v.UnitCode, v.Version, PlanWords.Scope(language, v.Publication.Scope),
                    PlanWords.Iso(v.Publication.LastDay), PlanAudience.For(v.Publication.Scope, v.UnitCode, turn.Roster).Count)),
                PlanDraftTurnKind.Cancelled => ChatReply.Message(CardText.Get(language, "PlanDraft_Cancelled")),
                PlanDraftTurnKind.Refused when turn.Notice is { } n => ChatReply.Message(DraftMessages.Text(language, n)),
                _ => ChatReply.Message(CardText.Get(language, "PlanDraft_NoDraft")),
            };
        }

        var warning = turn.Kind == PlanDraftTurnKind.Conflict || turn.Errors.Count > 0 || turn.Problems.Count > 0;
        var view = new PlanDraftView(draft, turn.Roster, turn.Areas)
        {
            Notice = DraftMessages.Notice(language, turn.Notice, warning),
            Errors = turn.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value.Select(m => DraftMessages.Text(language, m))]),
            Typed = turn.Typed,
            ItemIndex = turn.ItemIndex,
            Candidates = turn.Candidates,
            ItemErrors = turn.Problems.Where(p => p.Item is not null).GroupBy(p => p.Item!.Value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => DraftMessages.Text(language, PlanAnswers.Message(p)))]),
        };
        var kind = turn.Kind == PlanDraftTurnKind.Conflict
            ? turn.Typed.Count > 0 && draft.Step is not (PlanField.Scope or PlanField.WindowEnd) && turn.Typed.ContainsKey(PlanField.Problem) ? PlanDraftTurnKind.EditItem
            : draft.Step switch { null => PlanDraftTurnKind.Preview, PlanField.Scope or PlanField.WindowEnd => PlanDraftTurnKind.Publish, _ => PlanDraftTurnKind.Ask }
            : turn.Kind;
        var card = kind switch
        {
            PlanDraftTurnKind.EditItem => PlanItemFormCard.Build(language, view),
            PlanDraftTurnKind.Publish => PlanPublishCard.Build(language, view),
            PlanDraftTurnKind.Ask when draft.Step is not null => PlanStepCard.Build(language, view),
            _ => PlanPreviewCard.Build(language, view),
        };
        return ChatReply.Card(card.ToJson());
    }
}
