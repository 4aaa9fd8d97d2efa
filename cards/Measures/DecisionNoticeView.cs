using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// A decided version sent back to its author: the version (its <see cref="SubmissionVersion.Decision"/> must be set)
/// and the decider's name as the roster has it now (for an external decision, the office member who recorded it).
/// </summary>
public sealed record DecisionNoticeView(SubmissionVersion Version, string DecidedByName);
