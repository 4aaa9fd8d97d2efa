using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Surveys;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Drafting;

namespace RectifyBot.Bot.Plans;

/// <summary>
/// Drafting a unit's plan: "新建整改方案 [unit]", "继续方案草稿 [unit]" and every button of the plan draft's cards
/// (Action.Execute, or its Action.Submit fallback on mobile). Who may act is checked inside <see cref="PlanDrafting"/>.
/// </summary>
public sealed class PlanDraftCommand(PlanDrafting drafting, PlanDraftReplies replies, FeedbackOpeningNotice feedback) : IChatCommand
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        PlanDraftActions.AnswerVerb, PlanDraftActions.PreviewVerb, PlanDraftActions.CancelVerb, PlanDraftActions.ItemEditVerb, PlanDraftActions.ItemAddVerb,
        PlanDraftActions.ItemSaveVerb, PlanDraftActions.ItemRemoveVerb, PlanDraftActions.SubmitVerb, PlanDraftActions.PublishVerb, PlanDraftActions.StartVerb,
    };

    public bool CanAnswer(ChatRequest request) =>
        request is not null
        && ((request.Verb is { } verb && Verbs.Contains(verb))
            || (request.Verb is null && (CommandRecognizer.ArgumentsOf(KnownCommands.NewPlan, request.Text) is not null
                || CommandRecognizer.ArgumentsOf(KnownCommands.ContinuePlanDraft, request.Text) is not null)));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } actor)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var data = request.Data;
        var unit = data?.Value<string>(PlanDraftActions.UnitKey) ?? "";
        var revision = Int(data, PlanDraftActions.RevisionKey);
        var item = Int(data, PlanDraftActions.ItemKey) ?? -1;
        var turn = request.Verb switch
        {
            PlanDraftActions.StartVerb => await drafting.StartAsync(actor, unit, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.AnswerVerb => await drafting.AnswerAsync(actor, unit, Answer(data), revision, Step(data), cancellationToken).ConfigureAwait(false),
            PlanDraftActions.PreviewVerb => await drafting.PreviewAsync(actor, unit, revision, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.CancelVerb => await drafting.CancelAsync(actor, unit, revision, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.ItemEditVerb => await drafting.EditItemAsync(actor, unit, item, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.ItemAddVerb => await drafting.AddItemAsync(actor, unit, revision, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.ItemSaveVerb => await drafting.SaveItemAsync(actor, unit, item, Form(data), revision, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.ItemRemoveVerb => await drafting.RemoveItemAsync(actor, unit, item, revision, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.SubmitVerb => await drafting.SubmitAsync(actor, unit, revision, cancellationToken).ConfigureAwait(false),
            PlanDraftActions.PublishVerb => await drafting.PublishAsync(
                actor, unit, data?.Value<string>(PlanDraftActions.InputId(PlanField.Scope)), data?.Value<string>(PlanDraftActions.InputId(PlanField.WindowEnd)), revision, cancellationToken).ConfigureAwait(false),
            _ when CommandRecognizer.ArgumentsOf(KnownCommands.ContinuePlanDraft, request.Text) is { } continued =>
                await drafting.ContinueAsync(actor, Unit(continued), cancellationToken).ConfigureAwait(false),
            _ => await drafting.StartAsync(actor, Unit(CommandRecognizer.ArgumentsOf(KnownCommands.NewPlan, request.Text)), cancellationToken).ConfigureAwait(false),
        };
        var reply = replies.Reply(request.Language, turn);
        if (turn is not { Kind: PlanDraftTurnKind.Published, Published: { } version })
        {
            return reply;
        }

        // On desktop the invoke's answer replaces the publish card (a text would only flash as a toast): the published
        // version takes its place.
        if (request.IsCardInvoke)
        {
            reply = ChatReply.Card(PlanPublishedCard.Build(request.Language, reply.Text ?? "", version, turn.Roster).ToJson());
        }

        return turn.Feedback is { } opening ? await feedback.AddToAsync(request, turnContext, reply, opening, cancellationToken).ConfigureAwait(false) : reply;
    }

    /// <summary>A step card's answer; on the area step the unit's own area, when typed, wins over the list.</summary>
    private static string? Answer(JObject? data) =>
        data?.Value<string>(PlanDraftActions.OwnAreaInputId) is { Length: > 0 } own && !string.IsNullOrWhiteSpace(own) ? own : data?.Value<string>(PlanDraftActions.AnswerInputId);

    /// <summary>The item form's values as typed, by field.</summary>
    private static Dictionary<PlanField, string?> Form(JObject? data)
    {
        var form = PlanAnswers.ItemFields.ToDictionary(f => f, f => data?.Value<string>(PlanDraftActions.InputId(f)));
        if (data?.Value<string>(PlanDraftActions.OwnAreaInputId) is { } own && !string.IsNullOrWhiteSpace(own))
        {
            form[PlanField.Area] = own;
        }

        return form;
    }

    private static string? Unit(string? arguments) => string.IsNullOrWhiteSpace(arguments) ? null : arguments.Trim();

    private static PlanField? Step(JObject? data) =>
        Enum.TryParse<PlanField>(data?.Value<string>(PlanDraftActions.StepKey), out var step) ? step : null;

    private static int? Int(JObject? data, string key) =>
        int.TryParse(data?.Value<string>(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
