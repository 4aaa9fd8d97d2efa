namespace RectifyBot.Core.Plans;

/// <summary>What an edit of the office's area list did, or why it was refused (each with its own message).</summary>
public enum PlanAreaEditResult
{
    Done,

    /// <summary>Only the office edits the list.</summary>
    NotAllowed,

    /// <summary>No area was chosen, or it no longer exists.</summary>
    NotFound,

    /// <summary>One of the names is missing or too long, or another area in force has it (see the problems by field).</summary>
    Invalid,

    AlreadyRetired,
}
