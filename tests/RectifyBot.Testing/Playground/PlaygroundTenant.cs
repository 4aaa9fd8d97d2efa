using System.Text.Json;

namespace RectifyBot.Testing.Playground;

/// <summary>The ids the Playground uses, as GET /_internal/v1/config reports them from the config file.</summary>
public sealed record PlaygroundTenant(string TenantId, string BotId, string CurrentUserId, string CurrentUserName, string PersonalChatId)
{
    public static PlaygroundTenant Parse(JsonElement response)
    {
        var config = response.GetProperty("config");
        var currentUser = config.GetProperty("currentUser");
        return new PlaygroundTenant(
            config.GetProperty("tenantId").GetString() ?? "",
            config.GetProperty("bot").GetProperty("id").GetString() ?? "",
            currentUser.GetProperty("id").GetString() ?? "",
            currentUser.GetProperty("name").GetString() ?? "",
            config.GetProperty("personalChat").GetProperty("id").GetString() ?? "");
    }
}
