using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;
using RectifyBot.Bot.Files;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Welcome;
using RectifyBot.Core.Identity;
using RectifyBot.Core.Localization;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Bot.Conversations;

/// <summary>The bot's turns: each request goes to the first chat command that handles it; file consent answers go to <see cref="FileConsentUploads"/> (the host always has one; a handler built for a
/// unit test of chat commands may leave it out).</summary>
public sealed class RectifyBotActivityHandler(IEnumerable<IChatCommand> commands, FileConsentUploads? uploads = null) : TeamsActivityHandler
{
    private readonly IReadOnlyList<IChatCommand> _commands = [.. commands];

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var data = activity.Value as JObject;
        var request = Request(turnContext, activity.Text, data?.Value<string>("verb"), data, activity.Attachments, isCardInvoke: false);
        var reply = await AnswerAsync(request, turnContext, cancellationToken).ConfigureAwait(false);
        IMessageActivity message = reply.CardJson is { } card
            ? MessageFactory.Attachment(CardAttachments.From(card), reply.Text)
            : MessageFactory.Text(reply.Text);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams sends both conversationUpdate and installationUpdate on install: greet once, here.
        var language = UserLanguages.FromLocale(((ITurnContext)turnContext).Activity.Locale);
        await turnContext.SendActivityAsync(MessageFactory.Attachment(CardAttachments.From(WelcomeCard.Build(language).ToJson())), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        var data = invokeValue.Action?.Data as JObject;
        var request = Request(turnContext, null, invokeValue.Action?.Verb, data, [], isCardInvoke: true);
        var reply = await AnswerAsync(request, turnContext, cancellationToken).ConfigureAwait(false);
        return reply.CardJson is { } card ? CardInvokeResponses.Card(card) : CardInvokeResponses.Message(reply.Text ?? "");
    }

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        uploads is null ? base.OnTeamsFileConsentAcceptAsync(turnContext, fileConsentCardResponse, cancellationToken) : uploads.AcceptAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        uploads is null ? base.OnTeamsFileConsentDeclineAsync(turnContext, fileConsentCardResponse, cancellationToken) : uploads.DeclineAsync(turnContext, fileConsentCardResponse, cancellationToken);

    private async Task<ChatReply> AnswerAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var command = _commands.FirstOrDefault(c => c.CanAnswer(request));
        return command is null
            ? ChatReply.Message(BotReplies.NotUnderstood(request.Language))
            : await command.HandleAsync(request, turnContext, cancellationToken).ConfigureAwait(false);
    }

    private static ChatRequest Request(ITurnContext turnContext, string? text, string? verb, JObject? data, IList<Attachment>? attachments, bool isCardInvoke) => new(
        UserLanguages.FromLocale(turnContext.Activity.Locale),
        text,
        CommandRecognizer.Recognize(text, verb),
        verb,
        data,
        attachments is null ? [] : [.. attachments],
        turnContext.TurnState.Get<IdentityBinding>(),
        isCardInvoke);
}
