namespace RectifyBot.Core.Stages;

public enum StageDatesSaveResult
{
    Saved,

    /// <summary>The person may not set this calendar (AccessPolicy.CanSetStageDates).</summary>
    Refused,

    /// <summary>A committee's own calendar needs the university's first: it must lie within it.</summary>
    NoUniversityCalendar,

    /// <summary>A date is missing or not a date, or the dates break a rule: nothing saved.</summary>
    Invalid,
}
