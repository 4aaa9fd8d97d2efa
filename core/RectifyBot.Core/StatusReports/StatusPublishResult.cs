namespace RectifyBot.Core.StatusReports;

/// <summary>What publishing a unit's status, or closing its window, came to.</summary>
public enum StatusPublishResult
{
    Done,

    /// <summary>No such unit, or no such report.</summary>
    NotFound,

    /// <summary>Only the unit's leaders or the office may publish its status.</summary>
    NotAllowed,

    /// <summary>The scope or the window's last day is missing or wrong (see the problems).</summary>
    Invalid,

    /// <summary>The unit's ledger has nothing to report yet.</summary>
    NothingInLedger,

    /// <summary>The unit's previous status report is still open for feedback.</summary>
    AlreadyOpen,

    /// <summary>The report is not in a state this applies to (already closed, window not ended).</summary>
    NotAwaitingThis,

    /// <summary>Someone else changed it meanwhile; nothing was saved.</summary>
    Conflict,
}
