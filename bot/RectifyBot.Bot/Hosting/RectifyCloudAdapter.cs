using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Errors;

namespace RectifyBot.Bot.Hosting;

/// <summary>The CloudAdapter with RectifyBot's middleware and error reply.</summary>
public sealed class RectifyCloudAdapter : CloudAdapter
{
    public RectifyCloudAdapter(
        BotFrameworkAuthentication authentication,
        ConversationAddressRecorder addressRecorder,
        TurnErrorReply errorReply,
        ILogger<RectifyCloudAdapter> logger)
        : base(authentication, logger)
    {
        Use(addressRecorder);
        OnTurnError = errorReply.SendAsync;
    }
}
