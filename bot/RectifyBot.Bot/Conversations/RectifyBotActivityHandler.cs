using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RectifyBot.Teams.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Welcome;
using RectifyBot.Core.Localization;

namespace RectifyBot.Bot.Conversations;

/// <summary>The bot's turns: what each kind of activity from a person leads to.</summary>
public sealed class RectifyBotActivityHandler : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turnContext);
        var command = CommandRecognizer.Recognize(turnContext.Activity.Text, VerbOf(turnContext.Activity.Value));
        IActivity reply = ShowsWelcome(command)
            ? WelcomeMessage(language)
            : MessageFactory.Text(BotReplies.NotUnderstood(language));
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams sends both conversationUpdate and installationUpdate on install: greet once, here.
        var language = LanguageOf(turnContext);
        await turnContext.SendActivityAsync(WelcomeMessage(language), cancellationToken).ConfigureAwait(false);
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);
        var language = LanguageOf(turnContext);
        var command = CommandRecognizer.Recognize(null, invokeValue.Action?.Verb);
        var response = ShowsWelcome(command)
            ? CardInvokeResponses.Card(WelcomeCard.Build(language).ToJson())
            : CardInvokeResponses.Message(BotReplies.NotUnderstood(language));
        return Task.FromResult(response);
    }

    private static UserLanguage LanguageOf(ITurnContext turnContext) => UserLanguages.FromLocale(turnContext.Activity.Locale);

    private static bool ShowsWelcome(KnownCommand? command) =>
        command == KnownCommands.Help || command == KnownCommands.Greeting;

    private static IMessageActivity WelcomeMessage(UserLanguage language) =>
        MessageFactory.Attachment(CardAttachments.From(WelcomeCard.Build(language).ToJson()));

    private static string? VerbOf(object? value) =>
        value is Newtonsoft.Json.Linq.JObject data ? data.Value<string>("verb") : null;
}
