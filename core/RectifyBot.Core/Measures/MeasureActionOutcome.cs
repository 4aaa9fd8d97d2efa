using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Measures;

/// <summary>The result of an action and the state it left: the version as stored now, its author and the roster.</summary>
public sealed record MeasureActionOutcome(
    MeasureActionResult Result,
    SubmissionVersion? Version = null,
    Person? Author = null,
    MemberMeasures? Measures = null,
    Roster.Roster? Roster = null)
{
    public bool Succeeded => Result is MeasureActionResult.Done or MeasureActionResult.AlreadyDone;
}
