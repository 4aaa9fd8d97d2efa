namespace RectifyBot.Core.Meetings;

public enum MeetingRecordResult
{
    Recorded,

    /// <summary>The same form was already recorded: nothing new.</summary>
    AlreadyRecorded,

    Invalid,

    /// <summary>Only the unit's leaders or the office (and, for a visit, a school leader) may record.</summary>
    Refused,

    UnknownUnit,
}
