using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;

namespace RectifyBot.Bot.Errors;

/// <summary>
/// When a turn fails: the exception goes to the log (never the message text), the user gets a short
/// message in their language saying what they can do — never a stack trace.
/// </summary>
public sealed partial class TurnErrorReply(ILogger<TurnErrorReply> logger)
{
    public async Task SendAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        LogTurnFailed(exception, turnContext.Activity.Type, turnContext.Activity.Id);
        if (turnContext.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return;
        }

        var language = UserLanguages.FromLocale(turnContext.Activity.Locale);
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(BotReplies.SomethingWentWrong(language))).ConfigureAwait(false);
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            // The channel itself may be what failed; the original error is already logged.
            LogApologyFailed(sendFailure);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity {ActivityId}")]
    private partial void LogTurnFailed(Exception exception, string activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user that their turn failed")]
    private partial void LogApologyFailed(Exception exception);
}
