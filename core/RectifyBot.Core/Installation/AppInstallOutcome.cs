namespace RectifyBot.Core.Installation;

public enum AppInstallOutcome
{
    /// <summary>Installed now; Teams tells the bot (conversationUpdate), which records the conversation.</summary>
    Installed,

    /// <summary>The person had it already (they just never opened the chat, or the address is not recorded yet).</summary>
    AlreadyInstalled,

    /// <summary>No such user in the tenant: the roster's UPN is wrong.</summary>
    UserNotFound,

    /// <summary>Graph refused (403): the permission is not granted, or the app is blocked for the user.</summary>
    Refused,

    /// <summary>Anything else (throttled, 5xx, network): try again later.</summary>
    Failed,
}
