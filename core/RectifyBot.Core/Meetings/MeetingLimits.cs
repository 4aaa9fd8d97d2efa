namespace RectifyBot.Core.Meetings;

/// <summary>Lengths and counts a meeting record may have (well inside one Table Storage property).</summary>
public static class MeetingLimits
{
    public const int Summary = 2000;

    /// <summary>Characters of the typed attendee list (names or numbers).</summary>
    public const int AttendeesText = 4000;

    public const int Attendees = 300;

    /// <summary>Meetings listed on the unit's card, newest first.</summary>
    public const int Listed = 20;
}
