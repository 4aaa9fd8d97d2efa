using Microsoft.Bot.Builder;
using RectifyBot.Core.Diagnostics;

namespace RectifyBot.Bot.Diagnostics;

/// <summary>
/// Every turn is one operation (<see cref="Correlation"/>): its log lines share a trace id, and what it puts in the
/// outbox carries that id to the functions app that sends it. Only the activity's type goes with it — never the
/// conversation, the user or what they typed (docs/conventions.md, "Never logged").
/// </summary>
public sealed partial class TurnCorrelation(ILogger<TurnCorrelation> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        using var turn = Correlation.Start("Turn");
        turn.SetTag("activity.type", turnContext.Activity.Type);
        LogTurn(turnContext.Activity.Type, turnContext.Activity.Name);
        await next(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn: {ActivityType} {ActivityName}")]
    private partial void LogTurn(string activityType, string? activityName);
}
