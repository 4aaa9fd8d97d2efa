using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace RectifyBot.Teams.Conversations;

public static class CardAttachments
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment From(string cardJson) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = JObject.Parse(cardJson),
    };
}
