namespace RectifyBot.Core.Mechanisms;

/// <summary>What recording a mechanism did, or why it was refused (each with its own message).</summary>
public enum MechanismRecordResult
{
    Saved,

    /// <summary>The same status, document and link as recorded: nothing saved, no history row.</summary>
    Unchanged,

    /// <summary>Only the office and the unit's principal leader record its mechanisms.</summary>
    NotAllowed,

    /// <summary>No secondary committee or general branch has this code.</summary>
    UnknownUnit,

    /// <summary>A field is wrong (see the problems by field); nothing saved.</summary>
    Invalid,
}
