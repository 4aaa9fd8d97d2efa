using System.Text.Json.Nodes;

namespace RectifyBot.Testing.Activities;

/// <summary>Activities shaped as Microsoft Teams sends them to a bot in personal chat, as raw JSON for HTTP tests.</summary>
public sealed class TeamsActivities(string serviceUrl, string aadObjectId, string locale = "zh-CN")
{
    public const string TenantId = "00000000-0000-0000-0000-0000000c0ffe";
    public const string BotId = "28:rectifybot-test";

    public string ConversationId { get; } = "a:1" + Guid.NewGuid().ToString("N");

    public string UserId { get; } = "29:1" + Guid.NewGuid().ToString("N");

    public string AadObjectId => aadObjectId;

    public JsonObject ConversationUpdate(bool expectReplies = true)
    {
        var activity = Base("conversationUpdate", expectReplies);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public JsonObject Message(string text, bool expectReplies = true)
    {
        var activity = Base("message", expectReplies);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>
    /// A file sent in personal chat: Teams adds a file.download.info attachment (pre-authorized downloadUrl, uniqueId,
    /// fileType) with the file's name, next to the message text.
    /// </summary>
    public JsonObject FileMessage(string text, string fileName, Uri downloadUrl, bool expectReplies = true)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(downloadUrl);
        var activity = Message(text, expectReplies);
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://lakeside.sharepoint.example/personal/" + Uri.EscapeDataString(fileName),
            ["name"] = fileName,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = downloadUrl.ToString(),
                ["uniqueId"] = Guid.NewGuid().ToString().ToUpperInvariant(),
                ["fileType"] = Path.GetExtension(fileName).TrimStart('.'),
            },
        });
        return activity;
    }

    /// <summary>A card button's Action.Submit (what Teams mobile sends for an Action.Execute): a message whose value is the data and inputs.</summary>
    public JsonObject CardSubmit(JsonObject value, bool expectReplies = true)
    {
        var activity = Base("message", expectReplies);
        activity["value"] = value;
        return activity;
    }

    /// <summary>
    /// A card button's Action.Execute on Teams desktop: an invoke named adaptiveCard/action carrying the verb and the
    /// data merged with the card's inputs. Teams waits for the invoke response in the HTTP answer (no expectReplies).
    /// </summary>
    public JsonObject CardAction(string verb, JsonObject data)
    {
        var activity = Base("invoke", expectReplies: false);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject Base(string type, bool expectReplies)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "1" + Guid.NewGuid().ToString("N")[..12],
            ["timestamp"] = "2026-11-27T01:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "张伟", ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "RectifyBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }
}
