namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Typed milestones as read: those that could be read, and an error for each line that could not. The member is
/// asked again when <see cref="Errors"/> is not empty, so nothing is kept from a half-read answer by mistake.
/// </summary>
public sealed record MilestoneReading(IReadOnlyList<Milestone> Milestones, IReadOnlyList<MilestoneLineError> Errors)
{
    public bool IsRead => Errors.Count == 0;
}
