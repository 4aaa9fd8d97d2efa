using Azure.Core;

namespace RectifyBot.Teams.Installation;

/// <summary>The identity that calls Microsoft Graph (the functions app's managed identity unless a test supplies another).</summary>
public sealed record GraphCredential(TokenCredential Credential);
