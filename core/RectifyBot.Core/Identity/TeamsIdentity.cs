namespace RectifyBot.Core.Identity;

/// <summary>Who a Teams user says they are (from the channel's member lookup).</summary>
public sealed record TeamsIdentity(string AadObjectId, string? UserPrincipalName, string? Email, string? Name);
