using Microsoft.Bot.Builder;

namespace RectifyBot.Benchmarks;

/// <summary>The baseline every turn figure is divided by: a bot that only echoes, on the same adapter and Kestrel.</summary>
internal sealed class EchoBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
}
