namespace RectifyBot.Core.Meetings;

/// <summary>The fields of the meeting form; a problem names the one it is about.</summary>
public enum MeetingField
{
    Kind,
    Date,
    Attendees,
    Visitor,
    Summary,
}
