namespace RectifyBot.Core.Meetings;

/// <summary>Why a meeting form was refused.</summary>
public enum MeetingProblemKind
{
    KindRequired,
    DateRequired,
    DateUnreadable,
    DateInFuture,
    AttendeesRequired,
    TooManyAttendees,
    AttendeeUnknown,
    AttendeeOutsideUnit,
    AttendeeNamesakes,
    VisitorRequired,
    VisitorUnknown,
    VisitorNotSchoolLeader,
    VisitorNamesakes,
    SummaryRequired,
    SummaryTooLong,
}
