using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Bot.Conversations;

/// <summary>
/// Keeps each person's conversation address (and locale) fresh: every proactive message depends on it.
/// Runs before the bot's logic on installationUpdate, conversationUpdate, messages and invokes. A message or an
/// installation also clears the person from the unreachable list: they talk to the bot, so it can reach them again.
/// </summary>
public sealed partial class ConversationAddressRecorder(
    IConversationAddressBook addressBook,
    IUnreachableRecipients unreachable,
    TimeProvider clock,
    ILogger<ConversationAddressRecorder> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly HashSet<string> RecordedTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (RecordedTypes.Contains(turnContext.Activity.Type)
            && ConversationAddresses.FromActivity(turnContext.Activity, clock.GetUtcNow()) is { } address)
        {
            try
            {
                await addressBook.SaveAsync(address, cancellationToken).ConfigureAwait(false);
                if (turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.InstallationUpdate)
                {
                    await unreachable.ClearAsync(address.AadObjectId, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The user's turn matters more than the refresh; the next turn tries again.
                LogSaveFailed(ex, turnContext.Activity.Type);
            }
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the conversation address from a {ActivityType} activity")]
    private partial void LogSaveFailed(Exception exception, string activityType);
}
