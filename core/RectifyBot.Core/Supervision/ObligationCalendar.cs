namespace RectifyBot.Core.Supervision;

/// <summary>
/// The days an obligation's reminders fall on (China Standard Time dates): due soon N days before the due date,
/// overdue on the first day after it and then every 7 days, escalation once on the day after
/// <see cref="SupervisionOptions.EscalateAfterDays"/> full days overdue, and each milestone.
/// </summary>
public static class ObligationCalendar
{
    public const int OverdueIntervalDays = 7;

    /// <summary>The day the escalation falls on: after <paramref name="escalateAfterDays"/> full days overdue.</summary>
    public static DateOnly EscalationDay(DateOnly due, int escalateAfterDays) => due.AddDays(escalateAfterDays + 1);

    /// <summary>Reminders falling on the days <paramref name="from"/> to <paramref name="to"/> (both included), oldest first.</summary>
    public static IEnumerable<Occasion> Between(Obligation obligation, DateOnly from, DateOnly to, int escalateAfterDays)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var found = new List<Occasion>();
        var schedule = obligation.Schedule;
        var due = obligation.DueDate;
        foreach (var days in schedule.DueSoonDays)
        {
            found.Add(new Occasion(due.AddDays(-days), ReminderKind.DueSoon));
        }

        foreach (var milestone in schedule.Milestones)
        {
            found.Add(new Occasion(milestone, ReminderKind.Milestone));
        }

        if (schedule.Escalates)
        {
            found.Add(new Occasion(EscalationDay(due, escalateAfterDays), ReminderKind.Escalation));
        }

        if (schedule.ChaseOverdue && to > due)
        {
            var first = due.AddDays(1);
            var start = from <= first ? first : first.AddDays((from.DayNumber - first.DayNumber + OverdueIntervalDays - 1) / OverdueIntervalDays * OverdueIntervalDays);
            for (var day = start; day <= to; day = day.AddDays(OverdueIntervalDays))
            {
                found.Add(new Occasion(day, ReminderKind.Overdue));
            }
        }

        return found.Where(o => o.Day >= from && o.Day <= to).Distinct().OrderBy(o => o.Day).ThenBy(o => o.Kind);
    }

    /// <summary>The first day on or after <paramref name="day"/> with a reminder, or null when none is left.</summary>
    public static DateOnly? NextOnOrAfter(Obligation obligation, DateOnly day, int escalateAfterDays)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        // The weekly overdue reminder always falls within the next 7 days; the others are fixed dates.
        var horizon = day.AddDays(OverdueIntervalDays);
        foreach (var fixedDay in obligation.Schedule.Milestones.Concat(obligation.Schedule.DueSoonDays.Select(d => obligation.DueDate.AddDays(-d))))
        {
            if (fixedDay > horizon)
            {
                horizon = fixedDay;
            }
        }

        horizon = DateOnly.FromDayNumber(Math.Max(horizon.DayNumber, EscalationDay(obligation.DueDate, escalateAfterDays).DayNumber + 1));
        var next = Between(obligation, day, horizon, escalateAfterDays).FirstOrDefault();
        return next?.Day;
    }
}
