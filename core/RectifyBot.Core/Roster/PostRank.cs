namespace RectifyBot.Core.Roster;

public enum PostRank
{
    /// <summary>正职.</summary>
    Head,

    /// <summary>副职.</summary>
    Deputy,
}
