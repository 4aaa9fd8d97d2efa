using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Bot.Conversations;

/// <summary>Answers to Action.Execute (adaptiveCard/action) invokes: a card that replaces the clicked one, or a short message.</summary>
public static class CardInvokeResponses
{
    public static AdaptiveCardInvokeResponse Card(string cardJson) => new()
    {
        StatusCode = 200,
        Type = CardAttachments.AdaptiveCardContentType,
        Value = JObject.Parse(cardJson),
    };

    public static AdaptiveCardInvokeResponse Message(string text) => new()
    {
        StatusCode = 200,
        Type = "application/vnd.microsoft.activity.message",
        Value = text,
    };
}
