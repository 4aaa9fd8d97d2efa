using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Diagnostics;
using RectifyBot.Bot.Errors;
using RectifyBot.Bot.Identity;

namespace RectifyBot.Bot.Hosting;

/// <summary>The CloudAdapter with RectifyBot's middleware and error reply.</summary>
public sealed class RectifyCloudAdapter : CloudAdapter
{
    public RectifyCloudAdapter(
        BotFrameworkAuthentication authentication,
        TurnCorrelation correlation,
        ConversationAddressRecorder addressRecorder,
        RosterBindingMiddleware rosterBinding,
        TurnErrorReply errorReply,
        ILogger<RectifyCloudAdapter> logger)
        : base(authentication, logger)
    {
        Use(correlation);
        Use(addressRecorder);
        Use(rosterBinding);
        OnTurnError = errorReply.SendAsync;
    }
}
