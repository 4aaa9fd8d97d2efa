namespace RectifyBot.Core.Plans.Notices;

public enum PlanNoticeKind
{
    /// <summary>To each leader of the parent unit: the filed plan, with the acknowledge button.</summary>
    FilingCopy,

    /// <summary>An update in place of a filing copy once someone acknowledged it.</summary>
    FilingClosed,

    /// <summary>To each office staff member: too few answered; accept the plan or require a revision.</summary>
    OfficeDecisionCopy,

    /// <summary>An update in place of an office copy once someone decided.</summary>
    OfficeDecisionClosed,

    /// <summary>To the author: most were dissatisfied (or the office said so); the opinions come with it.</summary>
    RevisionToAuthor,

    /// <summary>To the author: the plan was accepted; it can be filed.</summary>
    AcceptedToAuthor,

    /// <summary>To the author: the parent unit acknowledged the filing.</summary>
    AcknowledgedToAuthor,
}
