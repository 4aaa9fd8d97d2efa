namespace RectifyBot.Core.Roster;

public enum PartyStatus
{
    /// <summary>Not a Party member (staff, students, democratic-party members among the masses).</summary>
    None,

    /// <summary>正式党员.</summary>
    Full,

    /// <summary>预备党员.</summary>
    Probationary,
}
