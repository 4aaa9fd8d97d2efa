namespace RectifyBot.Core.Supervision;

/// <summary>Why someone is reminded of an obligation on a day.</summary>
public enum ReminderKind
{
    /// <summary>7 or 1 days before the due date.</summary>
    DueSoon,

    /// <summary>The first day after the due date, then weekly.</summary>
    Overdue,

    /// <summary>Once, N days after the due date, to the escalation targets.</summary>
    Escalation,

    /// <summary>A dated milestone of an item that cannot be fixed yet.</summary>
    Milestone,
}
