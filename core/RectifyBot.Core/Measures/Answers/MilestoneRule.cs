namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// The milestones of a problem that cannot be fixed yet (DOMAIN.md "Deadlines and supervision"): it is reminded at
/// each, so each must be a real step ahead — dated from today up to the deadline, in order, and saying what is done.
/// </summary>
public static class MilestoneRule
{
    /// <summary>A few steps are a plan; more is a diary (and a reminder every week).</summary>
    public const int MaxCount = 6;

    public const int MaxDescriptionLength = 200;

    /// <returns>Every problem found, in milestone order; empty when they are fine or the problem is to be fixed now (no milestones asked for).</returns>
    public static IReadOnlyList<MilestoneProblem> Check(IReadOnlyList<Milestone> milestones, HandlingKind handling, DateOnly deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        if (handling != HandlingKind.CannotFixYet)
        {
            return [];
        }

        if (milestones.Count == 0)
        {
            return [new MilestoneProblem(null, MilestoneProblemKind.NoneGiven)];
        }

        var problems = new List<MilestoneProblem>();
        if (milestones.Count > MaxCount)
        {
            problems.Add(new MilestoneProblem(null, MilestoneProblemKind.TooMany));
        }

        for (var i = 0; i < milestones.Count; i++)
        {
            var milestone = milestones[i];
            var number = i + 1;
            if (milestone.Date < today)
            {
                problems.Add(new MilestoneProblem(number, MilestoneProblemKind.InThePast));
            }
            else if (milestone.Date > deadline)
            {
                problems.Add(new MilestoneProblem(number, MilestoneProblemKind.AfterDeadline));
            }

            if (i > 0 && milestone.Date <= milestones[i - 1].Date)
            {
                problems.Add(new MilestoneProblem(number, MilestoneProblemKind.NotAfterPrevious));
            }

            var description = milestone.Description?.Trim() ?? string.Empty;
            if (description.Length == 0)
            {
                problems.Add(new MilestoneProblem(number, MilestoneProblemKind.DescriptionMissing));
            }
            else if (description.Length > MaxDescriptionLength)
            {
                problems.Add(new MilestoneProblem(number, MilestoneProblemKind.DescriptionTooLong));
            }
        }

        return problems;
    }
}
