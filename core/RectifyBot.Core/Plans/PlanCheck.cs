namespace RectifyBot.Core.Plans;

/// <summary>
/// The server's checks of a plan before it is published; the cards show each problem next to its field. Dates are
/// calendar dates in China Standard Time; <c>today</c> is today's date there.
/// </summary>
public static class PlanCheck
{
    /// <summary>Every problem of one item (empty: it can be published).</summary>
    public static IReadOnlyList<PlanProblem> Item(int index, PlanItemDraft item, string unitCode, Roster.Roster roster, IReadOnlyList<PlanArea> areas, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(areas);
        var problems = new List<PlanProblem>();
        void Add(PlanField field, PlanProblemKind kind) => problems.Add(new PlanProblem(index, field, kind));

        Text(item.Problem, PlanLimits.Problem, PlanField.Problem, Add);
        if (item.AreaCode is { } code)
        {
            if (!areas.Any(a => a.Code == code && !a.Retired))
            {
                Add(PlanField.Area, PlanProblemKind.UnknownArea);
            }
        }
        else
        {
            Text(item.OwnArea, PlanLimits.OwnArea, PlanField.Area, Add);
        }

        if (item.Handling is null)
        {
            Add(PlanField.Handling, PlanProblemKind.Required);
        }

        if (item.Deadline is not { } deadline)
        {
            Add(PlanField.Deadline, PlanProblemKind.Required);
        }
        else if (deadline < today)
        {
            Add(PlanField.Deadline, PlanProblemKind.DeadlineInPast);
        }

        if (item.Handling == PlanHandling.StepByStep)
        {
            if (string.IsNullOrWhiteSpace(item.Explanation))
            {
                Add(PlanField.Explanation, PlanProblemKind.ExplanationRequired);
            }
            else if (item.Explanation.Trim().Length > PlanLimits.Explanation)
            {
                Add(PlanField.Explanation, PlanProblemKind.TooLong);
            }

            Milestones(item, today, Add);
        }

        if (string.IsNullOrWhiteSpace(item.ResponsibleUnitCode))
        {
            Add(PlanField.ResponsibleUnit, PlanProblemKind.Required);
        }
        else if (roster.Unit(item.ResponsibleUnitCode) is null)
        {
            Add(PlanField.ResponsibleUnit, PlanProblemKind.UnknownUnit);
        }

        if (string.IsNullOrWhiteSpace(item.ResponsiblePersonNumber))
        {
            Add(PlanField.ResponsiblePerson, PlanProblemKind.Required);
        }
        else if (roster.Person(item.ResponsiblePersonNumber) is not { } person || !PlanAudience.IsInUnit(person, unitCode, roster))
        {
            Add(PlanField.ResponsiblePerson, PlanProblemKind.PersonOutsideUnit);
        }

        if (item.Goals.Count == 0)
        {
            Add(PlanField.Goals, PlanProblemKind.Required);
        }

        return problems;
    }

    /// <summary>Every problem of the whole draft and of the publication's choices.</summary>
    public static IReadOnlyList<PlanProblem> Publication(
        PlanDraft draft, PlanScope? scope, DateOnly? lastDay, Roster.Roster roster, IReadOnlyList<PlanArea> areas, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<PlanProblem>();
        var items = draft.Items.Where(i => !i.IsBlank).ToList();
        if (items.Count == 0)
        {
            problems.Add(new PlanProblem(null, PlanField.Items, PlanProblemKind.NoItems));
        }
        else if (items.Count > PlanLimits.Items)
        {
            problems.Add(new PlanProblem(null, PlanField.Items, PlanProblemKind.TooManyItems));
        }

        for (var i = 0; i < draft.Items.Count; i++)
        {
            if (!draft.Items[i].IsBlank)
            {
                problems.AddRange(Item(i, draft.Items[i], draft.UnitCode, roster, areas, today));
            }
        }

        problems.AddRange(Window(scope, lastDay, today));
        return problems;
    }

    /// <summary>
    /// The problems of a publication's scope and the last day of its feedback window (today at the earliest, at most
    /// <see cref="PlanLimits.WindowDays"/> days ahead): a plan's and a status report's alike.
    /// </summary>
    public static IReadOnlyList<PlanProblem> Window(PlanScope? scope, DateOnly? lastDay, DateOnly today)
    {
        var problems = new List<PlanProblem>();
        if (scope is null)
        {
            problems.Add(new PlanProblem(null, PlanField.Scope, PlanProblemKind.Required));
        }

        if (lastDay is not { } day)
        {
            problems.Add(new PlanProblem(null, PlanField.WindowEnd, PlanProblemKind.Required));
        }
        else if (day < today)
        {
            problems.Add(new PlanProblem(null, PlanField.WindowEnd, PlanProblemKind.WindowInPast));
        }
        else if (day > today.AddDays(PlanLimits.WindowDays))
        {
            problems.Add(new PlanProblem(null, PlanField.WindowEnd, PlanProblemKind.WindowTooLong));
        }

        return problems;
    }

    /// <summary>The checked draft's items as published (call only when <see cref="Publication"/> found nothing).</summary>
    public static IReadOnlyList<PlanItem> Items(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return [.. draft.Items.Where(i => !i.IsBlank).Select(d => new PlanItem
        {
            Problem = d.Problem!.Trim(),
            AreaCode = d.AreaCode,
            OwnArea = d.AreaCode is null ? d.OwnArea?.Trim() : null,
            Handling = d.Handling!.Value,
            Deadline = d.Deadline!.Value,
            Explanation = d.Handling == PlanHandling.StepByStep ? d.Explanation?.Trim() : null,
            Milestones = d.Handling == PlanHandling.StepByStep ? [.. d.Milestones.OrderBy(m => m.Date)] : [],
            ResponsibleUnitCode = d.ResponsibleUnitCode!,
            ResponsiblePersonNumber = d.ResponsiblePersonNumber!,
            Goals = [.. d.Goals.Distinct().Order()],
        })];
    }

    private static void Text(string? value, int limit, PlanField field, Action<PlanField, PlanProblemKind> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(field, PlanProblemKind.Required);
        }
        else if (value.Trim().Length > limit)
        {
            add(field, PlanProblemKind.TooLong);
        }
    }

    private static void Milestones(PlanItemDraft item, DateOnly today, Action<PlanField, PlanProblemKind> add)
    {
        if (item.Milestones.Count == 0)
        {
            add(PlanField.Milestones, PlanProblemKind.MilestonesRequired);
            return;
        }

        if (item.Milestones.Count > PlanLimits.Milestones)
        {
            add(PlanField.Milestones, PlanProblemKind.TooManyMilestones);
        }

        if (item.Milestones.Any(m => string.IsNullOrWhiteSpace(m.Description)))
        {
            add(PlanField.Milestones, PlanProblemKind.Required);
        }
        else if (item.Milestones.Any(m => m.Description.Trim().Length > PlanLimits.MilestoneDescription))
        {
            add(PlanField.Milestones, PlanProblemKind.TooLong);
        }

        if (item.Milestones.Any(m => m.Date < today))
        {
            add(PlanField.Milestones, PlanProblemKind.DeadlineInPast);
        }
        else if (item.Deadline is { } deadline && item.Milestones.Any(m => m.Date > deadline))
        {
            add(PlanField.Milestones, PlanProblemKind.MilestoneAfterDeadline);
        }
    }
}
