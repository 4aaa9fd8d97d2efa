using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// "提交前预览": everything in the draft, who it will go to, and what is still missing, before the member submits.
/// Submitting is offered only when nothing is missing (the bot checks again). A card stays within the Teams message
/// budget: when the problems' text together is too long for one card, each long text is shortened here and the card
/// says so; the problem's own form (edit button) shows it in full.
/// </summary>
public static class DraftPreviewCard
{
    public const string EditProblemVerb = MeasureActions.DraftProblemEditVerb;
    public const string AddProblemVerb = MeasureActions.DraftProblemAddVerb;
    public const string EditCommitmentVerb = MeasureActions.DraftCommitmentEditVerb;
    public const string SubmitVerb = MeasureActions.DraftSubmitVerb;
    public const string CancelVerb = MeasureActions.DraftCancelVerb;
    public const string RevisionKey = MeasureActions.RevisionKey;

    /// <summary>The 0-based index of the problem to edit.</summary>
    public const string ProblemKey = MeasureActions.ProblemKey;

    /// <summary>
    /// The most characters of problem text shown in full (about 45 KB of UTF-8 Chinese), leaving room for the
    /// commitment, lessons, route and buttons under the 80 KB a Teams message may carry.
    /// </summary>
    public const int FullTextBudget = 15_000;

    /// <summary>How long a problem's text field is when the card has to shorten.</summary>
    public const int ShortenedLength = 100;

    /// <summary>How long a milestone's description is when the card has to shorten.</summary>
    public const int ShortenedMilestoneLength = 40;

    public static AdaptiveCard Build(UserLanguage language, DraftPreviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var draft = view.Draft;
        var revision = Number(draft.Revision);

        var body = new List<CardElement> { Title(Text("Measure_PreviewTitle")) };
        if (draft.Revises is { } revises)
        {
            body.Add(new TextBlock(Format("Measure_RevisionTitle", revises + 1, revises)) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        }

        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        if (view.Returned?.Decision is { } returned)
        {
            var by = view.ReturnedByName ?? returned.ByNumber;
            var comment = new List<CardElement>
            {
                new TextBlock(Format("Measure_ReturnedComment", view.Returned.Version, by, Cst(returned.At))) { Weight = TextWeight.Bolder },
                UserText(string.IsNullOrWhiteSpace(returned.Comment) ? Text("Measure_NoComment") : returned.Comment),
            };
            body.Add(new Container(comment) { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
        }

        var shorten = draft.Problems.Sum(TextLength) > FullTextBudget;
        if (shorten)
        {
            body.Add(Hint(Format("Measure_PreviewShortened", ShortenedLength)));
        }

        var incomplete = false;
        for (var i = 0; i < draft.Problems.Count; i++)
        {
            var missing = MissingFields(language, draft.Problems[i]);
            view.ProblemErrors.TryGetValue(i, out var errors);
            incomplete |= missing.Count > 0 || errors is { Count: > 0 };
            body.Add(Problem(language, i, draft.Problems[i], missing, errors ?? [], shorten));
            body.Add(new ActionSet([new ExecuteAction(Format("Measure_EditProblemButton", i + 1), EditProblemVerb,
                Data((RevisionKey, revision), (ProblemKey, Number(i))))]) { Spacing = Spacing.Small });
        }

        var closing = new List<CardElement> { Heading(Text("Measure_CommitmentHeading")) };
        if (string.IsNullOrWhiteSpace(draft.Commitment))
        {
            incomplete = true;
            closing.Add(new TextBlock(Text("Measure_CommitmentMissing")) { Color = TextColor.Attention, Spacing = Spacing.Small });
        }
        else
        {
            closing.Add(UserText(draft.Commitment));
        }

        closing.Add(Heading(Text("Measure_LessonsHeading")));
        closing.Add(string.IsNullOrWhiteSpace(draft.Lessons) ? Hint(Text("Measure_LessonsNone")) : UserText(draft.Lessons));
        closing.AddRange(Errors(view.CommitmentErrors));
        incomplete |= view.CommitmentErrors.Count > 0;
        closing.Add(new ActionSet([new ExecuteAction(Text("Measure_EditCommitmentButton"), EditCommitmentVerb, Data((RevisionKey, revision)))]) { Spacing = Spacing.Small });
        body.Add(new Container(closing) { Separator = true, Spacing = Spacing.Medium });

        body.Add(Heading(Text("Measure_RouteHeading")));
        body.Add(UserText(view.RouteDescription));

        var actions = new List<CardAction>();
        if (incomplete)
        {
            body.Add(new TextBlock(Text("Measure_CannotSubmitYet")) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }
        else
        {
            actions.Add(new ExecuteAction(Text("Measure_SubmitButton"), SubmitVerb, Data((RevisionKey, revision))));
        }

        if (draft.Problems.Count < MeasureLimits.Problems)
        {
            actions.Add(new ExecuteAction(Text("Measure_AddProblemButton"), AddProblemVerb, Data((RevisionKey, revision))));
        }

        actions.Add(new ExecuteAction(Text("Measure_CancelDraftButton"), CancelVerb, Data((RevisionKey, revision))));
        return new AdaptiveCard(body, actions);
    }

    /// <summary>The labels of the fields a problem still lacks (a problem that cannot be fixed yet also needs its explanation and milestones).</summary>
    internal static List<string> MissingFields(UserLanguage language, ProblemDraft problem)
    {
        var missing = new List<DraftStep>();
        if (problem.Area is null)
        {
            missing.Add(DraftStep.Area);
        }

        if (problem.Source is null)
        {
            missing.Add(DraftStep.Source);
        }

        if (string.IsNullOrWhiteSpace(problem.Description))
        {
            missing.Add(DraftStep.Description);
        }

        if (string.IsNullOrWhiteSpace(problem.Measures))
        {
            missing.Add(DraftStep.Measures);
        }

        if (problem.Handling is null)
        {
            missing.Add(DraftStep.Handling);
        }
        else if (problem.Handling == HandlingKind.CannotFixYet)
        {
            if (string.IsNullOrWhiteSpace(problem.Explanation))
            {
                missing.Add(DraftStep.Explanation);
            }

            if (problem.Milestones.Count == 0)
            {
                missing.Add(DraftStep.Milestones);
            }
        }

        if (problem.Deadline is null)
        {
            missing.Add(DraftStep.Deadline);
        }

        return [.. missing.Select(s => CardText.Get(language, "Measure_Short_" + s))];
    }

    private static int TextLength(ProblemDraft p) =>
        (p.Description?.Length ?? 0) + (p.Measures?.Length ?? 0) + (p.Explanation?.Length ?? 0) + p.Milestones.Sum(m => m.Description.Length);

    private static Container Problem(UserLanguage language, int index, ProblemDraft problem, List<string> missing, IReadOnlyList<string> errors, bool shorten)
    {
        string Text(string key) => CardText.Get(language, key);
        string Show(string text) => shorten ? Shorten(text, ShortenedLength) : text;
        var notSet = Text("Measure_NotAnswered");

        var items = new List<CardElement> { Heading(CardText.Format(language, "Measure_ProblemHeading", index + 1)) };
        var facts = new List<Fact>
        {
            new(Text("Measure_Short_Area"), problem.Area is { } a ? Area(language, a) : notSet),
            new(Text("Measure_Short_Source"), problem.Source is { } s ? Source(language, s) : notSet),
            new(Text("Measure_Short_Handling"), problem.Handling is { } h ? Handling(language, h) : notSet),
            new(Text("Measure_Short_Deadline"), problem.Deadline is { } d ? Iso(d) : notSet),
        };
        items.Add(new FactSet(facts) { Spacing = Spacing.Small });
        AddText(Text("Measure_Short_Description"), problem.Description);
        AddText(Text("Measure_Short_Measures"), problem.Measures);
        if (problem.Handling == HandlingKind.CannotFixYet || problem.Explanation is not null || problem.Milestones.Count > 0)
        {
            AddText(Text("Measure_Short_Explanation"), problem.Explanation);
            if (problem.Milestones.Count > 0)
            {
                items.Add(new TextBlock(Text("Measure_Short_Milestones")) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
                items.Add(new FactSet(problem.Milestones.Select(m => new Fact(Iso(m.Date), shorten ? Shorten(m.Description, ShortenedMilestoneLength) : m.Description))) { Spacing = Spacing.None });
            }
        }

        if (missing.Count > 0)
        {
            var separator = language == UserLanguage.En ? ", " : "、";
            items.Add(new TextBlock(CardText.Format(language, "Measure_Incomplete", string.Join(separator, missing)))
            {
                Color = TextColor.Attention,
                Weight = TextWeight.Bolder,
                Spacing = Spacing.Small,
            });
        }

        items.AddRange(Errors(errors));
        return new Container(items) { Separator = true, Spacing = Spacing.Medium, Style = missing.Count > 0 || errors.Count > 0 ? ContainerStyle.Attention : null };

        void AddText(string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                items.Add(new TextBlock(label) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
                items.Add(UserText(Show(text), Spacing.None));
            }
        }
    }
}
