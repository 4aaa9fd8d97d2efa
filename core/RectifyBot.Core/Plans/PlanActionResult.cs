namespace RectifyBot.Core.Plans;

/// <summary>What a plan action did, or why it was refused (each refusal has its own message).</summary>
public enum PlanActionResult
{
    Done,

    /// <summary>The same action was already recorded (Teams retries invokes): nothing new happened.</summary>
    AlreadyDone,

    NotFound,

    /// <summary>The viewer may not do this (AccessPolicy).</summary>
    NotAllowed,

    /// <summary>The plan is not waiting for this action (e.g. publishing while a version is under supervision).</summary>
    NotAwaitingThis,

    /// <summary>The input has problems (listed next to their fields).</summary>
    Invalid,

    /// <summary>There is no draft to publish.</summary>
    NoDraft,

    CommentRequired,
    CommentTooLong,

    /// <summary>The university committee files with the higher committee outside the university.</summary>
    NoParent,

    /// <summary>Someone else already took ownership of the coordination.</summary>
    AlreadyTaken,

    /// <summary>Changed meanwhile (another device or person): nothing was written.</summary>
    Conflict,
}
