using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Identity;
using RectifyBot.Core.Localization;

namespace RectifyBot.Bot.Identity;

/// <summary>
/// Knows who is talking: binds the Teams user to their roster person (by AAD object id, else by the UPN or email
/// Teams reports) and leaves the result in the turn state for the bot's logic. Someone not in the roster is told,
/// in their language, to contact the campaign office, and goes no further.
/// </summary>
public sealed partial class RosterBindingMiddleware(IdentityBinder binder, ILogger<RosterBindingMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly HashSet<string> PersonalTypes =
        [ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.InstallationUpdate, ActivityTypes.ConversationUpdate];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!PersonalTypes.Contains(activity.Type) || string.IsNullOrEmpty(activity.From?.AadObjectId))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var binding = await binder.BindAsync(activity.From.AadObjectId, ct => LookUpAsync(turnContext, ct), cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Add(binding);
        if (binding is IdentityBinding.NotInRoster && activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            var language = UserLanguages.FromLocale(activity.Locale);
            await turnContext.SendActivityAsync(MessageFactory.Text(BotReplies.NotInRoster(language)), cancellationToken).ConfigureAwait(false);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private async Task<TeamsIdentity?> LookUpAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, turnContext.Activity.From.Id, cancellationToken).ConfigureAwait(false);
            return new TeamsIdentity(turnContext.Activity.From.AadObjectId, member.UserPrincipalName, member.Email, member.Name);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Binding waits for the next turn; the user's turn goes on.
            LogLookupFailed(ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up who a Teams user is")]
    private partial void LogLookupFailed(Exception exception);
}
