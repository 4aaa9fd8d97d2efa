namespace RectifyBot.Cards.Reviews;

/// <summary>
/// What one copy of a review card lets its holder do. Every routed reviewer (each branch committee member) gets a copy;
/// after the first decision, a forward or a re-route every copy becomes <see cref="Closed"/> in place.
/// </summary>
public enum ReviewCardMode
{
    /// <summary>The reviewer approves, or returns with a required comment.</summary>
    Decide,

    /// <summary>The office forwards a via-office submission to a school leader (one action); it does not decide.</summary>
    Forward,

    /// <summary>The route fell back to the office (the reviewer is missing): the office assigns a reviewer, never decides.</summary>
    Assign,

    /// <summary>The office records the higher Party committee's decision on the university committee's principal leader.</summary>
    External,

    /// <summary>The inspection group's read-only copy: it assists the review of a school leader's measures.</summary>
    Assist,

    /// <summary>Decided, withdrawn, forwarded or re-routed: a banner says what happened; no buttons.</summary>
    Closed,
}
