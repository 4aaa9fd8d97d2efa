using System.Text.Json.Nodes;
using RectifyBot.Testing.Activities;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>The person's answer to a file consent card, as Teams sends it.</summary>
public static class FileConsents
{
    /// <summary>What Teams sends when the person answers a file consent card: invoke fileConsent/invoke with the upload session.</summary>
    public static JsonObject Answer(TeamsActivities who, string action, JsonNode context, Uri uploadUrl, string fileName = "整改台帐.xlsx")
    {
        var activity = who.CardAction("unused", new JsonObject());
        activity["name"] = "fileConsent/invoke";
        activity["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = context,
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://lakeside.sharepoint.example/personal/wangfang/" + fileName,
                ["name"] = fileName,
                ["uploadUrl"] = uploadUrl.ToString(),
                ["uniqueId"] = Guid.NewGuid().ToString().ToUpperInvariant(),
                ["fileType"] = fileName[(fileName.LastIndexOf('.') + 1)..],
            },
        };
        return activity;
    }
}
