namespace RectifyBot.Core.Meetings;

/// <summary>What recording a meeting did: the meeting recorded, or the problems of the form.</summary>
public sealed record MeetingRecordOutcome(MeetingRecordResult Result, Meeting? Meeting, IReadOnlyList<MeetingProblem> Problems)
{
    public static MeetingRecordOutcome Of(MeetingRecordResult result) => new(result, null, []);
}
