using System.Globalization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Measures.Drafting;

namespace RectifyBot.Core.Plans.Drafting;

/// <summary>
/// Reads one answer for a plan item's field, typed or from a card, with the measure flow's readers (dates in China
/// Standard Time, milestones, yes/no); errors are resource keys with arguments.
/// </summary>
public static class PlanAnswers
{
    /// <summary>The fields of one item in the order the conversation asks them.</summary>
    public static IReadOnlyList<PlanField> ItemFields { get; } =
    [
        PlanField.Problem, PlanField.Area, PlanField.Handling, PlanField.Deadline, PlanField.Explanation, PlanField.Milestones,
        PlanField.ResponsibleUnit, PlanField.ResponsiblePerson, PlanField.Goals,
    ];

    private static readonly Dictionary<string, PlanHandling> HandlingWords = new(StringComparer.Ordinal)
    {
        ["上级协调"] = PlanHandling.UpperCoordination,
        ["需上级协调"] = PlanHandling.UpperCoordination,
        ["提请上级协调"] = PlanHandling.UpperCoordination,
        ["协调"] = PlanHandling.UpperCoordination,
        ["upper coordination"] = PlanHandling.UpperCoordination,
        ["coordination"] = PlanHandling.UpperCoordination,
        ["escalate"] = PlanHandling.UpperCoordination,
    };

    private static readonly Dictionary<string, PlanScope> ScopeWords = new(StringComparer.Ordinal)
    {
        ["党员"] = PlanScope.Members,
        ["本单位党员"] = PlanScope.Members,
        ["members"] = PlanScope.Members,
        ["教职工"] = PlanScope.Staff,
        ["职工"] = PlanScope.Staff,
        ["staff"] = PlanScope.Staff,
        ["全体"] = PlanScope.Everyone,
        ["所有人"] = PlanScope.Everyone,
        ["全体人员"] = PlanScope.Everyone,
        ["everyone"] = PlanScope.Everyone,
        ["all"] = PlanScope.Everyone,
    };

    private static readonly Dictionary<string, PlanGoal> GoalWords = new(StringComparer.Ordinal)
    {
        ["提高党员素质"] = PlanGoal.MemberQuality,
        ["member quality"] = PlanGoal.MemberQuality,
        ["加强基层组织"] = PlanGoal.GrassrootsOrganisation,
        ["grassroots organisation"] = PlanGoal.GrassrootsOrganisation,
        ["grassroots organization"] = PlanGoal.GrassrootsOrganisation,
        ["服务人民群众"] = PlanGoal.ServingThePeople,
        ["serving the people"] = PlanGoal.ServingThePeople,
        ["促进各项工作"] = PlanGoal.AdvancingWork,
        ["advancing work"] = PlanGoal.AdvancingWork,
    };

    /// <summary>
    /// Applies the answer for <paramref name="field"/> to <paramref name="item"/>; on a refusal the item is null and
    /// the error says why (with the namesakes to choose from for an ambiguous name).
    /// </summary>
    public static PlanAnswer Read(PlanField field, string? answer, PlanItemDraft item, PlanAnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        var text = answer?.Trim();
        switch (field)
        {
            case PlanField.Problem:
                return Text(text, PlanLimits.Problem) ?? Ok(item with { Problem = text }, "Draft_Confirm_Saved");
            case PlanField.Area:
                if (string.IsNullOrWhiteSpace(text))
                {
                    return Refuse("Draft_Required");
                }

                if (ReadArea(text, context.Areas) is { } area)
                {
                    return Ok(item with { AreaCode = area.Code, OwnArea = null }, "PlanDraft_Confirm_Area", area.Chinese, area.English);
                }

                return text.Length > PlanLimits.OwnArea
                    ? Refuse("Draft_TooLong", PlanLimits.OwnArea, text.Length)
                    : Ok(item with { AreaCode = null, OwnArea = text }, "PlanDraft_Confirm_OwnArea", text);
            case PlanField.Handling:
                return ReadHandling(text) is { } handling
                    ? Ok(handling == PlanHandling.StepByStep ? item with { Handling = handling } : item with { Handling = handling, Explanation = null, Milestones = [] }, "PlanDraft_Confirm_Handling", "PlanHandling_" + handling)
                    : Refuse("PlanAnswer_HandlingUnreadable");
            case PlanField.Deadline or PlanField.WindowEnd:
                var deadline = DeadlineText.Read(text, context.Today);
                if (deadline.Date is not { } date)
                {
                    return Refuse(deadline.Problem == DeadlineTextProblem.Impossible ? "Answer_DeadlineImpossible" : "Answer_DeadlineUnreadable");
                }

                return date < context.Today ? Refuse("Answer_DeadlineInThePast") : Ok(item with { Deadline = date }, "Draft_Confirm_Deadline", Iso(date));
            case PlanField.Explanation:
                return Text(text, PlanLimits.Explanation) ?? Ok(item with { Explanation = text }, "Draft_Confirm_Saved");
            case PlanField.Milestones:
                var milestones = MilestoneText.Read(text, context.Today);
                if (!milestones.IsRead)
                {
                    var line = milestones.Errors[0];
                    return Refuse("Answer_MilestoneLine" + line.Problem, line.Line);
                }

                if (MilestoneRule.Check(milestones.Milestones, HandlingKind.CannotFixYet, item.Deadline ?? DateOnly.MaxValue, context.Today) is [var first, ..])
                {
                    return Refuse("Answer_Milestone" + first.Kind, first.Number ?? 0, MilestoneRule.MaxCount, MilestoneRule.MaxDescriptionLength);
                }

                return Ok(item with { Milestones = milestones.Milestones }, "Draft_Confirm_Milestones", milestones.Milestones.Count);
            case PlanField.ResponsibleUnit:
                return ReadUnit(text, context) is { } unit
                    ? Ok(item with { ResponsibleUnitCode = unit.Code }, "PlanDraft_Confirm_Unit", unit.Name)
                    : Refuse(string.IsNullOrWhiteSpace(text) ? "Draft_Required" : "PlanAnswer_UnitUnknown", text ?? "");
            case PlanField.ResponsiblePerson:
                var pick = PlanPeople.Find(text, context.UnitCode, context.Roster);
                return pick switch
                {
                    { Person: { } person } => Ok(item with { ResponsiblePersonNumber = person.Number }, "PlanDraft_Confirm_Person", person.Name, person.Number),
                    { Problem: PersonPickProblem.Namesakes } => new PlanAnswer(null, new DraftMessage("PlanAnswer_Namesakes", text ?? ""), null) { Candidates = pick.Namesakes },
                    { Problem: PersonPickProblem.OutsideUnit } => Refuse("PlanAnswer_PersonOutsideUnit", text ?? ""),
                    { Problem: PersonPickProblem.Required } => Refuse("Draft_Required"),
                    _ => Refuse("PlanAnswer_PersonUnknown", text ?? ""),
                };
            case PlanField.Goals:
                return ReadGoals(text) is { Count: > 0 } goals
                    ? Ok(item with { Goals = goals }, "PlanDraft_Confirm_Goals", goals.Count)
                    : Refuse("PlanAnswer_GoalsUnreadable");
            default:
                return Refuse("Draft_UseButtons");
        }
    }

    /// <summary>
    /// Reads a whole item form: every field read and every error kept under its field; then the server's item check
    /// (<see cref="PlanCheck.Item"/>) for what only the whole item can tell (e.g. a milestone after the deadline).
    /// </summary>
    public static (PlanItemDraft? Item, Dictionary<PlanField, IReadOnlyList<DraftMessage>> Errors, IReadOnlyList<Roster.Person> Candidates) ReadForm(
        IReadOnlyDictionary<PlanField, string?> form, int index, PlanAnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new Dictionary<PlanField, IReadOnlyList<DraftMessage>>();
        IReadOnlyList<Roster.Person> candidates = [];
        var item = PlanItemDraft.Empty;
        string? Value(PlanField f) => form.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        foreach (var field in ItemFields)
        {
            if (field is PlanField.Explanation or PlanField.Milestones && item.Handling != PlanHandling.StepByStep)
            {
                continue;
            }

            var read = Read(field, Value(field), item, context);
            if (read.Item is { } next)
            {
                item = next;
            }
            else
            {
                errors[field] = [read.Error!];
                candidates = read.Candidates.Count > 0 ? read.Candidates : candidates;
            }
        }

        if (errors.Count == 0)
        {
            foreach (var problem in PlanCheck.Item(index, item, context.UnitCode, context.Roster, context.Areas, context.Today))
            {
                errors[problem.Field] = [.. errors.GetValueOrDefault(problem.Field, []), Message(problem)];
            }
        }

        return (errors.Count == 0 ? item : null, errors, candidates);
    }

    /// <summary>A problem the server's check found, as a message (for the preview and the forms).</summary>
    public static DraftMessage Message(PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new DraftMessage("PlanProblem_" + problem.Kind, LimitOf(problem.Field), PlanLimits.Milestones, PlanLimits.WindowDays, PlanLimits.Items);
    }

    /// <summary>
    /// A publication's scope and the window's last day as chosen or typed (a plan's or a status report's): the values
    /// read, and a message for each field that could not be read.
    /// </summary>
    public static (PlanScope? Scope, DateOnly? LastDay, Dictionary<PlanField, IReadOnlyList<DraftMessage>> Errors) ReadWindow(string? scopeText, string? lastDayText, DateOnly today)
    {
        var errors = new Dictionary<PlanField, IReadOnlyList<DraftMessage>>();
        var scope = ReadScope(scopeText);
        if (scope is null)
        {
            errors[PlanField.Scope] = [new DraftMessage(string.IsNullOrWhiteSpace(scopeText) ? "Draft_Required" : "PlanAnswer_ScopeUnreadable")];
        }

        var day = DeadlineText.Read(lastDayText, today);
        if (day.Date is null)
        {
            errors[PlanField.WindowEnd] = [new DraftMessage(day.Problem == DeadlineTextProblem.Impossible ? "Answer_DeadlineImpossible" : "Answer_DeadlineUnreadable")];
        }

        return (scope, day.Date, errors);
    }

    /// <summary>A scope typed ("党员", "staff", "2") or from the card (its name).</summary>
    public static PlanScope? ReadScope(string? text)
    {
        if (Named<PlanScope>(text) is { } named)
        {
            return named;
        }

        var normalized = AnswerText.CollapseWhitespace(AnswerText.Normalize(text));
        return AnswerText.Number(normalized) is { } n && n >= 1 && n <= 3 ? (PlanScope)(n - 1)
            : ScopeWords.TryGetValue(normalized, out var scope) ? scope : null;
    }

    /// <summary>Goals from the card ("MemberQuality,AdvancingWork") or typed: numbers 1–4 or names, separated by commas, 、 or spaces.</summary>
    public static IReadOnlyList<PlanGoal> ReadGoals(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var goals = new List<PlanGoal>();
        var normalized = AnswerText.Normalize(text);
        var parts = normalized.Split([',', '，', '、', ';', '；', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (GoalWords.TryGetValue(AnswerText.CollapseWhitespace(normalized), out var whole))
        {
            return [whole];
        }

        foreach (var part in parts)
        {
            PlanGoal? goal = !char.IsAsciiDigit(part[0]) && Enum.TryParse<PlanGoal>(part, ignoreCase: true, out var named) && Enum.IsDefined(named) ? named
                : AnswerText.Number(part) is { } n && n >= 1 && n <= 4 ? (PlanGoal)(n - 1)
                : GoalWords.TryGetValue(part, out var word) ? word : null;
            if (goal is not { } found)
            {
                return [];
            }

            goals.Add(found);
        }

        return [.. goals.Distinct().Order()];
    }

    private static PlanArea? ReadArea(string text, IReadOnlyList<PlanArea> areas)
    {
        var normalized = AnswerText.CollapseWhitespace(AnswerText.Normalize(text));
        return areas.FirstOrDefault(a => a.Code == text)
            ?? (AnswerText.Number(normalized) is { } n && n >= 1 && n <= areas.Count ? areas[n - 1] : null)
            ?? areas.FirstOrDefault(a => AnswerText.Normalize(a.Chinese) == normalized || AnswerText.Normalize(a.English) == normalized);
    }

    private static PlanHandling? ReadHandling(string? text)
    {
        if (Named<PlanHandling>(text) is { } named)
        {
            return named;
        }

        var normalized = AnswerText.CollapseWhitespace(AnswerText.Normalize(text));
        if (AnswerText.Number(normalized) == 3 || HandlingWords.TryGetValue(normalized, out _))
        {
            return PlanHandling.UpperCoordination;
        }

        return HandlingText.Read(text) switch
        {
            HandlingKind.FixNow => PlanHandling.FixNow,
            HandlingKind.CannotFixYet => PlanHandling.StepByStep,
            _ => null,
        };
    }

    private static Roster.OrganisationUnit? ReadUnit(string? text, PlanAnswerContext context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var typed = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        return context.Roster.Unit(typed)
            ?? context.Roster.Units.Where(u => string.Equals(u.Name, typed, StringComparison.OrdinalIgnoreCase)).OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();
    }

    private static T? Named<T>(string? text)
        where T : struct, Enum =>
        text is { Length: > 1 } && char.IsAsciiLetterUpper(text.Trim()[0]) && Enum.TryParse<T>(text.Trim(), ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;

    private static int LimitOf(PlanField field) => field switch
    {
        PlanField.Problem => PlanLimits.Problem,
        PlanField.Area => PlanLimits.OwnArea,
        PlanField.Explanation => PlanLimits.Explanation,
        PlanField.Milestones => PlanLimits.MilestoneDescription,
        _ => 0,
    };

    private static PlanAnswer? Text(string? text, int limit) =>
        string.IsNullOrWhiteSpace(text) ? Refuse("Draft_Required")
        : text.Length > limit ? Refuse("Draft_TooLong", limit, text.Length)
        : null;

    private static PlanAnswer Ok(PlanItemDraft item, string key, params object[] args) => new(item, null, new DraftMessage(key, args));

    private static PlanAnswer Refuse(string key, params object[] args) => new(null, new DraftMessage(key, args), null);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
