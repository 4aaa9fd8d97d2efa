namespace RectifyBot.Core.Mechanisms;

/// <summary>Lengths the server enforces on what a unit records about a mechanism.</summary>
public static class MechanismLimits
{
    /// <summary>The name of the rule or document (e.g. 《党委理论学习中心组学习制度》).</summary>
    public const int Document = 100;

    /// <summary>The link to it (an intranet or cloud-drive address).</summary>
    public const int Link = 500;
}
