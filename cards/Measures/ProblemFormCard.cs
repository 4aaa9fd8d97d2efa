using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// "修改问题 N": every field of one problem on one card, for a member who would rather fill a form than answer step by
/// step, and the one place the full text of a long problem is always shown (the preview may shorten it). A label above
/// each input states its limit, the server's errors sit under the field they are about, and values come back as typed.
/// </summary>
public static class ProblemFormCard
{
    public const string SaveVerb = MeasureActions.DraftProblemSaveVerb;

    public const string RemoveVerb = MeasureActions.DraftProblemRemoveVerb;

    /// <summary>Back to the preview without saving.</summary>
    public const string PreviewVerb = MeasureActions.DraftPreviewVerb;

    public const string RevisionKey = MeasureActions.RevisionKey;

    /// <summary>The 0-based index of the problem.</summary>
    public const string ProblemKey = MeasureActions.ProblemKey;

    // The fields: each is the id of its input (and its key in the submitted data) and the key of its errors.
    public const string AreaField = "area";
    public const string SourceField = "source";
    public const string DescriptionField = "description";
    public const string MeasuresField = "measures";
    public const string HandlingField = "handling";
    public const string ExplanationField = "explanation";
    public const string MilestonesField = "milestones";
    public const string DeadlineField = "deadline";

    /// <summary>Errors about the problem as a whole (e.g. the draft already has the most problems allowed).</summary>
    public const string GeneralField = "";

    public static AdaptiveCard Build(UserLanguage language, ProblemFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        IEnumerable<CardElement> ErrorsFor(string field) => Errors(ErrorsOf(view.Errors, field));
        var values = view.Values;

        var body = new List<CardElement>
        {
            Title(Format("Measure_FormTitle", view.ProblemIndex + 1, view.ProblemCount)),
        };
        if (view.Revises is { } revises)
        {
            body.Add(Hint(Format("Measure_RevisionTitle", revises + 1, revises)));
        }

        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        body.AddRange(ErrorsFor(GeneralField));

        body.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Area)));
        body.Add(new ChoiceSetInput(AreaField, Choices(view.AllowedAreas, a => Area(language, a))) { Expanded = true, Value = values.Area });
        body.AddRange(ErrorsFor(AreaField));

        body.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Source)));
        body.Add(new ChoiceSetInput(SourceField, Choices(Enum.GetValues<ProblemSource>(), s => Source(language, s))) { Expanded = true, Value = values.Source });
        body.AddRange(ErrorsFor(SourceField));

        body.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Description)));
        body.Add(new TextInput(DescriptionField) { IsMultiline = true, MaxLength = MeasureLimits.Description, Value = values.Description });
        body.AddRange(ErrorsFor(DescriptionField));

        body.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Measures)));
        body.Add(new TextInput(MeasuresField) { IsMultiline = true, MaxLength = MeasureLimits.Measures, Value = values.Measures });
        body.AddRange(ErrorsFor(MeasuresField));

        body.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Handling)));
        body.Add(new ChoiceSetInput(HandlingField, Choices(Enum.GetValues<HandlingKind>(), h => Handling(language, h))) { Expanded = true, Value = values.Handling });
        body.AddRange(ErrorsFor(HandlingField));

        var later = new List<CardElement>
        {
            new TextBlock(Text("Measure_FormCannotFixYetOnly")) { IsSubtle = true, Spacing = Spacing.None },
            Label(DraftStepCard.FieldLabel(language, DraftStep.Explanation)),
            new TextInput(ExplanationField) { IsMultiline = true, MaxLength = MeasureLimits.Explanation, Value = values.Explanation },
        };
        later.AddRange(ErrorsFor(ExplanationField));
        later.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Milestones)));
        later.Add(new TextInput(MilestonesField)
        {
            IsMultiline = true,
            MaxLength = (MeasureLimits.MilestoneDescription + 12) * MeasureLimits.Milestones,
            Value = values.Milestones,
            Placeholder = Text("Measure_MilestonesPlaceholder"),
        });
        later.AddRange(ErrorsFor(MilestonesField));
        body.Add(new Container(later) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });

        body.Add(Label(DraftStepCard.FieldLabel(language, DraftStep.Deadline)));
        body.Add(new DateInput(DeadlineField) { Value = DateValue(values.Deadline, out var unreadable) });
        if (unreadable is not null)
        {
            body.Add(Hint(Format("Measure_TypedWas", unreadable)));
        }

        body.AddRange(ErrorsFor(DeadlineField));
        body.Add(Hint(DraftStepCard.DeadlineRule(language, view.StageEnd, view.ConsolidationEnd)));

        var data = Data((RevisionKey, Number(view.Revision)), (ProblemKey, Number(view.ProblemIndex)));
        var actions = new List<CardAction> { new ExecuteAction(Text("Measure_SaveProblemButton"), SaveVerb, data) };

        // A draft keeps at least one problem: removing the last one is cancelling the draft.
        if (view.ProblemCount > 1)
        {
            actions.Add(new ExecuteAction(Format("Measure_RemoveProblemButton", view.ProblemIndex + 1), RemoveVerb, data));
        }

        actions.Add(new ExecuteAction(Text("Measure_BackToPreviewButton"), PreviewVerb, Data((RevisionKey, Number(view.Revision)))));
        return new AdaptiveCard(body, actions);
    }
}
