namespace RectifyBot.Core.Measures;

/// <summary>What a submit, withdraw, forward, assign or decision did, or why it was refused (each refusal has its own message).</summary>
public enum MeasureActionResult
{
    Done,

    /// <summary>The same action by the same person was already recorded (Teams retries invokes): nothing new happened.</summary>
    AlreadyDone,

    /// <summary>Someone else decided first; the decision stands.</summary>
    AlreadyDecided,

    /// <summary>The author withdrew this version.</summary>
    Withdrawn,

    /// <summary>A newer version exists: the card is an old one.</summary>
    Superseded,

    /// <summary>No such member or version (a changed id).</summary>
    NotFound,

    /// <summary>The viewer may not do this (AccessPolicy).</summary>
    NotAllowed,

    /// <summary>The version is not waiting for this action (e.g. forward after it was forwarded).</summary>
    NotAwaitingThis,

    CommentRequired,
    CommentTooLong,

    /// <summary>The chosen reviewer is not an active person of the roster, or is the author.</summary>
    UnknownReviewer,

    /// <summary>The member already has an open or approved submission this stage.</summary>
    AlreadySubmitted,

    /// <summary>The draft is incomplete, changed on another device, or gone.</summary>
    DraftNotReady,
}
