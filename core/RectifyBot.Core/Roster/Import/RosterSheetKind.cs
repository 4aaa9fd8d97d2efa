namespace RectifyBot.Core.Roster.Import;

public enum RosterSheetKind
{
    /// <summary>The 单位 sheet: both trees of units.</summary>
    Units,

    /// <summary>The 人员 sheet: people.</summary>
    People,
}
