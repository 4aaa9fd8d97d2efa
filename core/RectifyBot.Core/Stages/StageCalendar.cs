namespace RectifyBot.Core.Stages;

/// <summary>
/// The stage's dates (DOMAIN.md "The stage"), calendar dates in China Standard Time, each inclusive: measures are due
/// by the end of <see cref="SubmissionDeadline"/> (CST), and so on. Rules: start ≤ submission deadline ≤ stage end &lt;
/// consolidation end (refused otherwise); consolidation of 2 to 3 months after the stage end is a guideline (a warning
/// outside it, never a refusal: a committee may have good reasons, and the office decides).
/// </summary>
public sealed record StageCalendar(DateOnly Start, DateOnly SubmissionDeadline, DateOnly StageEnd, DateOnly ConsolidationEnd)
{
    public StageCalendarCheck Check()
    {
        var errors = new List<StageCalendarProblem>();
        var warnings = new List<StageCalendarProblem>();
        if (SubmissionDeadline < Start)
        {
            errors.Add(StageCalendarProblem.SubmissionBeforeStart);
        }

        if (StageEnd < SubmissionDeadline)
        {
            errors.Add(StageCalendarProblem.StageEndBeforeSubmission);
        }

        if (ConsolidationEnd <= StageEnd)
        {
            errors.Add(StageCalendarProblem.ConsolidationNotAfterStageEnd);
        }
        else if (ConsolidationEnd < StageEnd.AddMonths(2))
        {
            warnings.Add(StageCalendarProblem.ConsolidationShorterThanTwoMonths);
        }
        else if (ConsolidationEnd > StageEnd.AddMonths(3))
        {
            warnings.Add(StageCalendarProblem.ConsolidationLongerThanThreeMonths);
        }

        return new StageCalendarCheck(errors, warnings);
    }

    /// <summary>
    /// Checks a secondary committee's own calendar against the university's: each of its dates must lie within the
    /// university's stage — it may start later and set earlier deadlines (to review before the university's
    /// deadline), never the other way round. Includes the committee calendar's own <see cref="Check"/>.
    /// </summary>
    public StageCalendarCheck CheckWithin(StageCalendar university)
    {
        ArgumentNullException.ThrowIfNull(university);
        var own = Check();
        var errors = own.Errors.ToList();
        if (Start < university.Start)
        {
            errors.Add(StageCalendarProblem.StartsBeforeUniversity);
        }

        if (SubmissionDeadline > university.SubmissionDeadline)
        {
            errors.Add(StageCalendarProblem.SubmissionAfterUniversity);
        }

        if (StageEnd > university.StageEnd)
        {
            errors.Add(StageCalendarProblem.StageEndAfterUniversity);
        }

        if (ConsolidationEnd > university.ConsolidationEnd)
        {
            errors.Add(StageCalendarProblem.ConsolidationEndAfterUniversity);
        }

        return own with { Errors = errors };
    }

    /// <summary>The stage has ended and its consolidation period (巩固和扩大整改成果) has not: supervision goes on, flagged as such.</summary>
    public bool IsConsolidation(DateOnly day) => day > StageEnd && day <= ConsolidationEnd;

    /// <summary>The campaign, consolidation included, is over on this day: nothing is reminded or reported any more.</summary>
    public bool HasEndedBy(DateOnly day) => day > ConsolidationEnd;

    /// <summary>The instant (UTC) after which a measure is late: the end of the submission day in CST.</summary>
    public DateTimeOffset SubmissionDueUtc => ChinaTime.EndOfDayUtc(SubmissionDeadline);
}
