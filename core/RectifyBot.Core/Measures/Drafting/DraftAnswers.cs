using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Measures.Drafting;

/// <summary>
/// Reads one answer for the draft's current step (typed or from the step's card) and moves the draft to the next
/// step; or reads a whole problem form. Errors are resource keys with arguments (the host localizes them).
/// </summary>
public static class DraftAnswers
{
    public static DraftField? FieldOf(DraftStep step) => step switch
    {
        DraftStep.Area => DraftField.Area,
        DraftStep.Source => DraftField.Source,
        DraftStep.Description => DraftField.Description,
        DraftStep.Measures => DraftField.Measures,
        DraftStep.Handling => DraftField.Handling,
        DraftStep.Deadline => DraftField.Deadline,
        DraftStep.Explanation => DraftField.Explanation,
        DraftStep.Milestones => DraftField.Milestones,
        DraftStep.Commitment => DraftField.Commitment,
        DraftStep.Lessons => DraftField.Lessons,
        _ => null,
    };

    public static DraftReading Read(MeasureDraft draft, string? answer, IReadOnlyList<ProblemArea> allowed, StageCalendar? calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var p = draft.Current;
        var text = answer?.Trim();
        switch (draft.Step)
        {
            case DraftStep.Area:
                var area = ReadArea(text, allowed);
                return area switch
                {
                    { Answer: AreaAnswer.Read, Area: { } a } => Next(draft.WithCurrent(p with { Area = a }) with { Step = DraftStep.Source }, "Draft_Confirm_Area", EnumKey("Area_", a)),
                    { Answer: AreaAnswer.NotAllowed } => Refuse("Answer_AreaNotAllowed"),
                    _ => Refuse("Answer_AreaUnreadable"),
                };
            case DraftStep.Source:
                return ReadSource(text) is { } source
                    ? Next(draft.WithCurrent(p with { Source = source }) with { Step = DraftStep.Description }, "Draft_Confirm_Source", EnumKey("Source_", source))
                    : Refuse("Answer_SourceUnreadable");
            case DraftStep.Description:
                return Text(text, MeasureLimits.Description) ?? Next(draft.WithCurrent(p with { Description = text }) with { Step = DraftStep.Measures }, "Draft_Confirm_Saved");
            case DraftStep.Measures:
                return Text(text, MeasureLimits.Measures) ?? Next(draft.WithCurrent(p with { Measures = text }) with { Step = DraftStep.Handling }, "Draft_Confirm_Saved");
            case DraftStep.Handling:
                return ReadHandling(text) is { } handling
                    ? Next(draft.WithCurrent(HandlingChanged(p, handling)) with { Step = DraftStep.Deadline }, "Draft_Confirm_Handling", EnumKey("Handling_", handling))
                    : Refuse("Answer_HandlingUnreadable");
            case DraftStep.Deadline:
                var deadline = DeadlineText.Read(text, today);
                if (deadline.Date is not { } date)
                {
                    return Refuse(deadline.Problem == DeadlineTextProblem.Impossible ? "Answer_DeadlineImpossible" : "Answer_DeadlineUnreadable");
                }

                if (DeadlineRule.Check(date, p.Handling ?? HandlingKind.FixNow, today, calendar) is { } problem)
                {
                    return new DraftReading(null, DeadlineMessage(problem, calendar), null);
                }

                var dated = draft.WithCurrent(p with { Deadline = date });
                return Next(dated with { Step = p.Handling == HandlingKind.CannotFixYet ? DraftStep.Explanation : AfterProblem(dated) }, "Draft_Confirm_Deadline", Iso(date));
            case DraftStep.Explanation:
                return Text(text, MeasureLimits.Explanation) ?? Next(draft.WithCurrent(p with { Explanation = text }) with { Step = DraftStep.Milestones }, "Draft_Confirm_Saved");
            case DraftStep.Milestones:
                var milestones = MilestoneText.Read(text, today);
                if (!milestones.IsRead)
                {
                    var line = milestones.Errors[0];
                    return new DraftReading(null, new DraftMessage("Answer_MilestoneLine" + line.Problem, line.Line), null);
                }

                if (MilestoneRule.Check(milestones.Milestones, HandlingKind.CannotFixYet, p.Deadline ?? DateOnly.MaxValue, today) is [var first, ..])
                {
                    return new DraftReading(null, MilestoneMessage(first), null);
                }

                var withMilestones = draft.WithCurrent(p with { Milestones = milestones.Milestones });
                return Next(withMilestones with { Step = AfterProblem(withMilestones) }, "Draft_Confirm_Milestones", milestones.Milestones.Count);
            case DraftStep.AnotherProblem:
                return YesNoText.Read(text) switch
                {
                    true when draft.Problems.Count < MeasureLimits.Problems =>
                        Next(draft with { Problems = [.. draft.Problems, ProblemDraft.Empty], CurrentProblem = draft.Problems.Count, Step = DraftStep.Area }, "Draft_Confirm_AnotherProblem", draft.Problems.Count + 1),
                    true => Refuse("Draft_TooManyProblems", MeasureLimits.Problems),
                    false => Next(draft with { Step = ClosingStep(draft) }, "Draft_Confirm_NoMoreProblems"),
                    null => Refuse("Answer_YesNoUnreadable"),
                };
            case DraftStep.Commitment:
                return Text(text, MeasureLimits.Commitment) ?? Next(draft with { Commitment = text, Step = draft.LessonsAnswered ? DraftStep.Preview : DraftStep.Lessons }, "Draft_Confirm_Saved");
            case DraftStep.Lessons when text is "跳过" or "无" || string.Equals(text, "skip", StringComparison.OrdinalIgnoreCase):
                return Next(draft with { Lessons = null, LessonsAnswered = true, Step = DraftStep.Preview }, "Draft_Confirm_Saved");
            case DraftStep.Lessons:
                return text?.Length > MeasureLimits.Lessons
                    ? Refuse("Draft_TooLong", MeasureLimits.Lessons)
                    : Next(draft with { Lessons = string.IsNullOrEmpty(text) ? null : text, LessonsAnswered = true, Step = DraftStep.Preview }, "Draft_Confirm_Saved");
            default:
                return Refuse("Draft_UseButtons");
        }
    }

    /// <summary>Reads one problem's full form; every field is checked and every error kept, under its field.</summary>
    public static (ProblemDraft? Problem, IReadOnlyDictionary<DraftField, IReadOnlyList<DraftMessage>> Errors) ReadForm(
        IReadOnlyDictionary<DraftField, string?> form, IReadOnlyList<ProblemArea> allowed, StageCalendar? calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<DraftField, IReadOnlyList<DraftMessage>>();
        string? Value(DraftField f) => form.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        void Error(DraftField f, string key, params object[] args) => errors[f] = [.. errors.GetValueOrDefault(f, []), new DraftMessage(key, args)];

        var area = ReadArea(Value(DraftField.Area), allowed);
        if (area.Answer != AreaAnswer.Read)
        {
            Error(DraftField.Area, area.Answer == AreaAnswer.NotAllowed ? "Answer_AreaNotAllowed" : "Answer_AreaUnreadable");
        }

        var source = ReadSource(Value(DraftField.Source));
        if (source is null)
        {
            Error(DraftField.Source, "Answer_SourceUnreadable");
        }

        foreach (var (field, limit) in new[] { (DraftField.Description, MeasureLimits.Description), (DraftField.Measures, MeasureLimits.Measures) })
        {
            if (Text(Value(field), limit) is { Error: { } e })
            {
                Error(field, e.Key, e.Args);
            }
        }

        var handling = ReadHandling(Value(DraftField.Handling));
        if (handling is null)
        {
            Error(DraftField.Handling, "Answer_HandlingUnreadable");
        }

        var deadline = DeadlineText.Read(Value(DraftField.Deadline), today);
        if (deadline.Date is not { } date)
        {
            Error(DraftField.Deadline, deadline.Problem == DeadlineTextProblem.Impossible ? "Answer_DeadlineImpossible" : "Answer_DeadlineUnreadable");
        }
        else if (DeadlineRule.Check(date, handling ?? HandlingKind.FixNow, today, calendar) is { } problem)
        {
            var m = DeadlineMessage(problem, calendar);
            Error(DraftField.Deadline, m.Key, m.Args);
        }

        IReadOnlyList<Milestone> milestones = [];
        if (handling == HandlingKind.CannotFixYet)
        {
            if (Text(Value(DraftField.Explanation), MeasureLimits.Explanation) is { Error: { } e })
            {
                Error(DraftField.Explanation, e.Key, e.Args);
            }

            var read = MilestoneText.Read(Value(DraftField.Milestones), today);
            foreach (var line in read.Errors)
            {
                Error(DraftField.Milestones, "Answer_MilestoneLine" + line.Problem, line.Line);
            }

            if (read.IsRead)
            {
                foreach (var problem in MilestoneRule.Check(read.Milestones, HandlingKind.CannotFixYet, deadline.Date ?? DateOnly.MaxValue, today))
                {
                    var m = MilestoneMessage(problem);
                    Error(DraftField.Milestones, m.Key, m.Args);
                }

                milestones = read.Milestones;
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ProblemDraft
        {
            Area = area.Area,
            Source = source,
            Description = Value(DraftField.Description),
            Measures = Value(DraftField.Measures),
            Handling = handling,
            Deadline = deadline.Date,
            Explanation = handling == HandlingKind.CannotFixYet ? Value(DraftField.Explanation) : null,
            Milestones = milestones,
        }, errors);
    }

    /// <summary>After a problem: the next incomplete problem's first missing step would be kinder, but "another problem?" keeps the conversation simple.</summary>
    private static DraftStep AfterProblem(MeasureDraft draft) => draft.Revises is not null && draft.LessonsAnswered ? DraftStep.Preview : DraftStep.AnotherProblem;

    private static DraftStep ClosingStep(MeasureDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Commitment) ? DraftStep.Commitment : draft.LessonsAnswered ? DraftStep.Preview : DraftStep.Lessons;

    /// <summary>Switching to "fix now" drops the explanation and milestones, which only "cannot fix yet" carries.</summary>
    private static ProblemDraft HandlingChanged(ProblemDraft p, HandlingKind handling) =>
        handling == HandlingKind.FixNow ? p with { Handling = handling, Explanation = null, Milestones = [] } : p with { Handling = handling };

    private static DraftReading? Text(string? text, int limit) =>
        string.IsNullOrWhiteSpace(text) ? Refuse("Draft_Required")
        : text.Length > limit ? Refuse("Draft_TooLong", limit, text.Length)
        : null;

    private static DraftMessage DeadlineMessage(DeadlineProblem problem, StageCalendar? calendar) => problem switch
    {
        DeadlineProblem.AfterStageEnd => new DraftMessage("Answer_DeadlineAfterStageEnd", Iso(calendar!.StageEnd)),
        DeadlineProblem.AfterConsolidationEnd => new DraftMessage("Answer_DeadlineAfterConsolidationEnd", Iso(calendar!.ConsolidationEnd)),
        _ => new DraftMessage("Answer_DeadlineInThePast"),
    };

    private static DraftMessage MilestoneMessage(MilestoneProblem problem) =>
        new("Answer_Milestone" + problem.Kind, problem.Number ?? 0, MilestoneRule.MaxCount, MilestoneRule.MaxDescriptionLength);

    // Cards send the enum's name; people type words or numbers.
    private static AreaReading ReadArea(string? text, IReadOnlyList<ProblemArea> allowed) =>
        Named<ProblemArea>(text) is { } a ? new AreaReading(allowed.Contains(a) ? AreaAnswer.Read : AreaAnswer.NotAllowed, a) : AreaText.Read(text, allowed);

    private static ProblemSource? ReadSource(string? text) => Named<ProblemSource>(text) ?? SourceText.Read(text);

    private static HandlingKind? ReadHandling(string? text) => Named<HandlingKind>(text) ?? HandlingText.Read(text);

    private static T? Named<T>(string? text)
        where T : struct, Enum =>
        text is { Length: > 1 } && char.IsAsciiLetterUpper(text[0]) && Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;

    private static DraftReading Next(MeasureDraft draft, string key, params object[] args) => new(draft, null, new DraftMessage(key, args));

    private static DraftReading Refuse(string key, params object[] args) => new(null, new DraftMessage(key, args), null);

    private static string EnumKey<T>(string prefix, T value)
        where T : struct, Enum => prefix + value;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An answer read: the draft moved to its next step with a confirmation, or the error.</summary>
public sealed record DraftReading(MeasureDraft? Draft, DraftMessage? Error, DraftMessage? Confirmation);
