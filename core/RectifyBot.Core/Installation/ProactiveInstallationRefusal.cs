namespace RectifyBot.Core.Installation;

public enum ProactiveInstallationRefusal
{
    /// <summary>Only campaign office staff may install the app for others.</summary>
    NotOffice,

    /// <summary>GraphInstall:Enabled is off (the default): the tenant has not granted the permission.</summary>
    Disabled,
}
