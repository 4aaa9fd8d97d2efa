using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// One question of a member's draft (整改措施草稿), asked in personal chat: progress, the question, one input whose id
/// is always <see cref="AnswerInputId"/>, and a hint that typing the answer works too (the bot parses typed answers,
/// so a member on a phone never has to use the card). The card carries the draft's revision and the step it asked, so
/// the bot refuses a stale card instead of overwriting newer answers from another device.
/// </summary>
public static class DraftStepCard
{
    public const string AnswerVerb = MeasureActions.DraftAnswerVerb;

    /// <summary>Only on the lessons step (lessons are optional).</summary>
    public const string SkipVerb = MeasureActions.DraftSkipVerb;

    public const string CancelVerb = MeasureActions.DraftCancelVerb;

    public const string RevisionKey = MeasureActions.RevisionKey;

    public const string StepKey = MeasureActions.StepKey;

    /// <summary>The id of the one input, whatever the step.</summary>
    public const string AnswerInputId = "answer";

    /// <summary>The values of the "another problem?" choice.</summary>
    public const string YesValue = "yes";

    public const string NoValue = "no";

    /// <summary>The steps of one problem, in order: progress says "step n of 8" (a fix-now problem skips 6 and 7).</summary>
    private static readonly DraftStep[] ProblemSteps =
    [
        DraftStep.Area, DraftStep.Source, DraftStep.Description, DraftStep.Measures,
        DraftStep.Handling, DraftStep.Explanation, DraftStep.Milestones, DraftStep.Deadline,
    ];

    /// <exception cref="ArgumentException">The draft is at <see cref="DraftStep.Preview"/> or <see cref="DraftStep.EditProblem"/>: those have their own cards.</exception>
    public static AdaptiveCard Build(UserLanguage language, DraftStepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        var step = draft.Step;
        if (step is DraftStep.Preview or DraftStep.EditProblem)
        {
            throw new ArgumentException($"Step {step} is shown by {nameof(DraftPreviewCard)} or {nameof(ProblemFormCard)}.", nameof(view));
        }

        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);

        var body = new List<CardElement> { Title(DraftTitle(language, draft)) };
        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        body.Add(Hint(Progress(language, draft)));
        body.Add(new TextBlock(Text("Measure_Question_" + step)) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Medium });
        if (Explanation(language, view) is { } explanation)
        {
            body.Add(new TextBlock(explanation) { Spacing = Spacing.Small });
        }

        body.Add(Label(FieldLabel(language, step)));
        body.Add(Input(language, view, out var unreadableDate));
        if (unreadableDate is not null)
        {
            body.Add(Hint(Format("Measure_TypedWas", unreadableDate)));
        }

        body.AddRange(Errors(view.Errors));
        body.Add(Hint(Text("Measure_Typed_" + step)));

        var revision = Number(draft.Revision);
        var actions = new List<CardAction>
        {
            new ExecuteAction(Text("Measure_NextButton"), AnswerVerb, Data((RevisionKey, revision), (StepKey, step.ToString()))),
        };
        if (step == DraftStep.Lessons)
        {
            actions.Add(new ExecuteAction(Text("Measure_SkipButton"), SkipVerb, Data((RevisionKey, revision), (StepKey, step.ToString()))));
        }

        actions.Add(new ExecuteAction(Text("Measure_CancelDraftButton"), CancelVerb, Data((RevisionKey, revision))));
        return new AdaptiveCard(body, actions);

        string? Explanation(UserLanguage lang, DraftStepView v) => v.Draft.Step switch
        {
            DraftStep.Handling => Text("Measure_Explain_Handling"),
            DraftStep.Explanation => Text("Measure_Explain_Explanation"),
            DraftStep.Milestones => Format("Measure_Explain_Milestones", MeasureLimits.Milestones),
            DraftStep.Deadline => DeadlineRule(lang, v.StageEnd, v.ConsolidationEnd),
            DraftStep.AnotherProblem => v.Draft.Problems.Count >= MeasureLimits.Problems
                ? Format("Measure_Explain_AnotherProblemFull", MeasureLimits.Problems)
                : Format("Measure_Explain_AnotherProblem", v.Draft.Problems.Count, MeasureLimits.Problems),
            DraftStep.Commitment => Text("Measure_Explain_Commitment"),
            DraftStep.Lessons => Text("Measure_Explain_Lessons"),
            _ => null,
        };
    }

    /// <summary>"整改措施草稿", or for a revision "第 N 版（修改自第 N-1 版）".</summary>
    internal static string DraftTitle(UserLanguage language, MeasureDraft draft) => draft.Revises is { } revises
        ? CardText.Format(language, "Measure_RevisionTitle", revises + 1, revises)
        : CardText.Get(language, "Measure_DraftTitle");

    /// <summary>The deadline rule, naming the stage end and the consolidation end (or "not set yet").</summary>
    internal static string DeadlineRule(UserLanguage language, DateOnly? stageEnd, DateOnly? consolidationEnd)
    {
        var unknown = CardText.Get(language, "Measure_DateNotSet");
        return CardText.Format(language, "Measure_DeadlineRule",
            stageEnd is { } s ? Iso(s) : unknown,
            consolidationEnd is { } c ? Iso(c) : unknown);
    }

    /// <summary>The label above an input, with the length limit where there is one (shared with the problem form).</summary>
    internal static string FieldLabel(UserLanguage language, DraftStep step) => step switch
    {
        DraftStep.Description => CardText.Format(language, "Measure_Field_Description", MeasureLimits.Description),
        DraftStep.Measures => CardText.Format(language, "Measure_Field_Measures", MeasureLimits.Measures),
        DraftStep.Explanation => CardText.Format(language, "Measure_Field_Explanation", MeasureLimits.Explanation),
        DraftStep.Milestones => CardText.Format(language, "Measure_Field_Milestones", MeasureLimits.Milestones, MeasureLimits.MilestoneDescription),
        DraftStep.Commitment => CardText.Format(language, "Measure_Field_Commitment", MeasureLimits.Commitment),
        DraftStep.Lessons => CardText.Format(language, "Measure_Field_Lessons", MeasureLimits.Lessons),
        _ => CardText.Get(language, "Measure_Field_" + step),
    };

    private static string Progress(UserLanguage language, MeasureDraft draft)
    {
        var problem = draft.CurrentProblem + 1;
        var index = Array.IndexOf(ProblemSteps, draft.Step);
        return draft.Step switch
        {
            _ when index >= 0 => CardText.Format(language, "Measure_Progress", problem, index + 1, ProblemSteps.Length),
            DraftStep.AnotherProblem => CardText.Format(language, "Measure_ProgressProblemDone", problem),
            DraftStep.Commitment => CardText.Format(language, "Measure_ProgressFinal", 1, 2),
            _ => CardText.Format(language, "Measure_ProgressFinal", 2, 2),
        };
    }

    private static CardElement Input(UserLanguage language, DraftStepView view, out string? unreadableDate)
    {
        unreadableDate = null;
        var draft = view.Draft;
        var current = draft.Current;
        string Text(string key) => CardText.Get(language, key);
        return draft.Step switch
        {
            DraftStep.Area => new ChoiceSetInput(AnswerInputId, Choices(view.AllowedAreas, a => Area(language, a)))
            {
                Expanded = true,
                Value = view.TypedValue ?? current.Area?.ToString(),
            },
            DraftStep.Source => new ChoiceSetInput(AnswerInputId, Choices(Enum.GetValues<ProblemSource>(), s => Source(language, s)))
            {
                Expanded = true,
                Value = view.TypedValue ?? current.Source?.ToString(),
            },
            DraftStep.Handling => new ChoiceSetInput(AnswerInputId, Choices(Enum.GetValues<HandlingKind>(), h => Handling(language, h)))
            {
                Expanded = true,
                Value = view.TypedValue ?? current.Handling?.ToString(),
            },
            DraftStep.AnotherProblem => new ChoiceSetInput(
                AnswerInputId,
                draft.Problems.Count >= MeasureLimits.Problems
                    ? [new Choice(Text("Measure_AnotherNo"), NoValue)]
                    : [new Choice(Text("Measure_AnotherYes"), YesValue), new Choice(Text("Measure_AnotherNo"), NoValue)])
            {
                Expanded = true,
                Value = view.TypedValue,
            },
            DraftStep.Description => TextArea(view.TypedValue ?? current.Description, MeasureLimits.Description, null),
            DraftStep.Measures => TextArea(view.TypedValue ?? current.Measures, MeasureLimits.Measures, null),
            DraftStep.Explanation => TextArea(view.TypedValue ?? current.Explanation, MeasureLimits.Explanation, null),
            DraftStep.Milestones => TextArea(
                view.TypedValue ?? MilestoneLines(current.Milestones),
                (MeasureLimits.MilestoneDescription + 12) * MeasureLimits.Milestones,
                Text("Measure_MilestonesPlaceholder")),
            DraftStep.Commitment => TextArea(view.TypedValue ?? draft.Commitment, MeasureLimits.Commitment, null),
            DraftStep.Lessons => TextArea(view.TypedValue ?? draft.Lessons, MeasureLimits.Lessons, null),
            DraftStep.Deadline => new DateInput(AnswerInputId) { Value = DateValue(view.TypedValue ?? (current.Deadline is { } d ? Iso(d) : null), out unreadableDate) },
            _ => throw new ArgumentOutOfRangeException(nameof(view), draft.Step, null),
        };

        static TextInput TextArea(string? value, int max, string? placeholder) =>
            new(AnswerInputId) { IsMultiline = true, MaxLength = max, Value = value, Placeholder = placeholder };
    }
}
