using System.Text.Json.Serialization;

namespace RectifyBot.Testing.Connector;

/// <summary>A Teams user as the Bot Connector's member lookup describes them (TeamsChannelAccount).</summary>
public sealed record TeamsMember(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aadObjectId")] string AadObjectId,
    [property: JsonPropertyName("userPrincipalName")] string UserPrincipalName,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("tenantId")] string TenantId);
