namespace RectifyBot.Core.Supervision;

/// <summary>
/// Names of the kinds of obligation supervision chases (DOMAIN.md "Deadlines and supervision"). A kind is a string, not
/// an enum, so a later issue adds one (filings, summary reports) with its own <see cref="IObligationSource"/> and
/// touches neither the sweep nor the index. The name is stored in index and log keys: never rename one.
/// </summary>
public static class ObligationKinds
{
    /// <summary>A ledger entry's deadline: due soon, overdue, escalation.</summary>
    public const string LedgerDeadline = "ledger";

    /// <summary>A "cannot fix yet" ledger entry's dated milestones.</summary>
    public const string LedgerMilestone = "milestone";

    /// <summary>A member who has not submitted measures by the stage's submission date.</summary>
    public const string MeasuresNotSubmitted = "unsubmitted";

    /// <summary>A submitted version awaiting a review, a forward, an assignment or an external decision for too long.</summary>
    public const string ReviewPending = "review";

    /// <summary>A plan filed (备案) with the parent unit and not acknowledged by its leaders in time.</summary>
    public const string FilingNotAcknowledged = "filing";

    /// <summary>An accepted 上级协调 item in the parent unit's queue that nobody has taken on in time.</summary>
    public const string CoordinationNotTaken = "coordination";

    /// <summary>A secondary committee's or general branch's long-term mechanism not yet established by the stage's end (subject "{unit code}|{mechanism}").</summary>
    public const string MechanismMissing = "mechanism";

    /// <summary>An open branch-building item (subject "{finding}|{branch code or class name}"), until resolved.</summary>
    public const string BranchBuilding = "branch";
    /// <summary>A secondary committee or general branch that has not submitted its summary report (总结报告) by its stage end.</summary>
    public const string SummaryReportNotSubmitted = "summary-report";
}
