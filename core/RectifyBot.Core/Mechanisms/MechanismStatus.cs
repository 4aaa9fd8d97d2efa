namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// How far a unit is with one mechanism. DOMAIN.md names no states; these three are the office's usual wording.
/// Only <see cref="Established"/> ends supervision's chase. Stored by name: never rename one.
/// </summary>
public enum MechanismStatus
{
    /// <summary>未建立: nothing yet (also every mechanism never recorded).</summary>
    NotEstablished,

    /// <summary>建立中: a rule or document is being drafted.</summary>
    InProgress,

    /// <summary>已建立: the rule or document is in force.</summary>
    Established,
}
