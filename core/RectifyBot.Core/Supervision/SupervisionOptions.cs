namespace RectifyBot.Core.Supervision;

/// <summary>Supervision settings (section "Supervision"; rows in docs/conventions.md).</summary>
public sealed class SupervisionOptions
{
    public const string SectionName = "Supervision";

    /// <summary>An overdue item escalates once this many days after its due date.</summary>
    public int EscalateAfterDays { get; set; } = 3;

    /// <summary>A review or forward is chased once it has been pending longer than this many days.</summary>
    public int PendingReviewDays { get; set; } = 3;

    /// <summary>Items listed in a digest card before "and N more".</summary>
    public int DigestMaxItems { get; set; } = 20;

    /// <summary>How many days back a run looks for index rows a missed run left (catch-up after an outage).</summary>
    public int CatchUpDays { get; set; } = 7;

    /// <summary>How many days of the reminder log are read to tell what was already sent (at least the weekly interval plus catch-up).</summary>
    public int LogLookbackDays { get; set; } = 21;

    /// <summary>Obligations checked and recipients served at the same time in one run (storage round trips overlap).</summary>
    public int SweepConcurrency { get; set; } = 8;

    /// <summary>A plan filed with the parent unit is chased (the parent's leaders, then the office) once unacknowledged longer than this many days.</summary>
    public int AcknowledgeFilingDays { get; set; } = 3;

    /// <summary>An accepted 上级协调 item is chased (the parent's leaders, then the office) once nobody has taken it on for longer than this many days.</summary>
    public int TakeCoordinationDays { get; set; } = 3;
}
