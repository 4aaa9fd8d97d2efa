namespace RectifyBot.Core.Measures.Notices;

public enum MeasureNoticeKind
{
    /// <summary>A reviewer's own copy of the review card, with the decision buttons.</summary>
    ReviewCopy,

    /// <summary>An office staff member's copy: forward (via the office), assign (fallback) or record the external decision.</summary>
    OfficeCopy,

    /// <summary>An inspection group member's read-only assisting copy (school leaders' measures).</summary>
    AssistCopy,

    /// <summary>An update in place of an earlier copy: decided, withdrawn, forwarded or re-routed.</summary>
    CopyClosed,

    /// <summary>To the author: the decision with its comment.</summary>
    DecisionToAuthor,

    /// <summary>To the author: the office forwarded or assigned the submission to a reviewer.</summary>
    ReviewerChosenToAuthor,

    /// <summary>To the author: a roster change re-routed the submission.</summary>
    ReroutedToAuthor,

    /// <summary>To a reviewer a roster change removed: who has the author's measures now (their copy is closed too).</summary>
    ReroutedToOldReviewer,
}
