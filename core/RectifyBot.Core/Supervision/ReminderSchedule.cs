namespace RectifyBot.Core.Supervision;

/// <summary>
/// Which reminders an obligation has: the due-soon days before its due date, whether it is chased when overdue
/// (the first day after, then weekly), whether it escalates, and any dated milestones.
/// </summary>
/// <param name="DueSoonDays">Days before the due date to remind (e.g. 7 and 1).</param>
/// <param name="ChaseOverdue">Remind the owners from the first day after the due date, then weekly.</param>
/// <param name="Escalates">Escalate once, <see cref="SupervisionOptions.EscalateAfterDays"/> days after the due date.</param>
/// <param name="Milestones">Dates (China Standard Time) on which the owners are reminded of a milestone.</param>
public sealed record ReminderSchedule(IReadOnlyList<int> DueSoonDays, bool ChaseOverdue, bool Escalates, IReadOnlyList<DateOnly> Milestones)
{
    public static ReminderSchedule Deadline { get; } = new([7, 1], ChaseOverdue: true, Escalates: true, []);

    public static ReminderSchedule OverdueOnly { get; } = new([], ChaseOverdue: true, Escalates: true, []);

    public static ReminderSchedule AtMilestones(IReadOnlyList<DateOnly> milestones) => new([], ChaseOverdue: false, Escalates: false, milestones);
}
