using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// "我的整改措施": an overview of the member's own measures: the draft to continue, the submitted versions newest first
/// (status, reviewer, decision and comment, each problem in one line), the ledger entries to report progress on, and the
/// units' plan items the member is responsible for (我负责的整改方案事项), which open the same ledger entry card.
/// Being an overview it shortens: problems show their first <see cref="DescriptionLength"/> characters, and only the
/// newest <see cref="MaxVersionsShown"/> versions are listed; the full text is on the version's own cards.
/// </summary>
public static class MyMeasuresCard
{
    public const string ContinueDraftVerb = MeasureActions.DraftContinueVerb;
    public const string WithdrawVerb = MeasureActions.MeasureWithdrawVerb;
    public const string ReviseVerb = MeasureActions.MeasureReviseVerb;
    public const string OpenEntryVerb = MeasureActions.LedgerOpenVerb;
    public const string VersionKey = MeasureActions.VersionKey;
    public const string EntryKey = MeasureActions.EntryKey;

    public const int DescriptionLength = 60;

    public const int MaxVersionsShown = 3;

    /// <summary>A reviewer comment on this overview; the decision notice has it in full.</summary>
    public const int CommentLength = 300;

    /// <summary>Ledger entries listed (an approved version has at most <see cref="MeasureLimits.Problems"/>).</summary>
    public const int MaxEntriesShown = 20;

    public static AdaptiveCard Build(UserLanguage language, MyMeasuresView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var measures = view.Measures;

        var body = new List<CardElement> { Title(Text("Measure_MyTitle")) };
        if (view.Draft is null && measures.Versions.Count == 0 && measures.Entries.Count == 0 && view.PlanItems.Count == 0)
        {
            body.Add(new TextBlock(Text("Measure_MyNothingYet")) { Spacing = Spacing.Medium });
            return new AdaptiveCard(body);
        }

        if (view.Draft is { } draft)
        {
            var problems = draft.Problems.Count;
            body.Add(new Container(
            [
                Heading(DraftStepCard.DraftTitle(language, draft)),
                new TextBlock(Format("Measure_MyDraftLine", problems, Cst(draft.UpdatedAt))) { Spacing = Spacing.Small },
                new ActionSet([new ExecuteAction(Text("Measure_ContinueDraftButton"), ContinueDraftVerb)]) { Spacing = Spacing.Small },
            ]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        }

        if (measures.Entries.Count > 0)
        {
            body.Add(Heading(Text("Measure_MyLedgerHeading")));
            AddEntries(language, body, measures.Entries, e => Area(language, e.Area), view.Today);
        }

        if (view.PlanItems.Count > 0)
        {
            body.Add(Heading(Text("Measure_MyPlanItemsHeading")));
            var items = view.PlanItems.OrderBy(e => e.Status == LedgerEntryStatus.Open ? 0 : 1).ThenBy(e => e.Deadline).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            AddEntries(language, body, items, e => view.Roster.Unit(e.UnitCode ?? "")?.Name ?? e.UnitCode ?? "", view.Today);
        }

        if (measures.Versions.Count > 0)
        {
            body.Add(Heading(Text("Measure_MyVersionsHeading")));
            var latest = measures.Latest;
            foreach (var version in measures.Versions.OrderByDescending(v => v.Version).Take(MaxVersionsShown))
            {
                body.Add(Version(language, version, ReferenceEquals(version, latest) && view.Draft is null, view.Roster));
            }

            if (latest?.Status == MeasureStatus.Withdrawn && view.Draft is null)
            {
                body.Add(Hint(Text("Measure_MyStartAgain")));
            }

            if (measures.Versions.Count > MaxVersionsShown)
            {
                body.Add(Hint(Format("Measure_MoreVersions", measures.Versions.Count - MaxVersionsShown)));
            }
        }

        return new AdaptiveCard(body);
    }

    /// <summary>Up to <see cref="MaxEntriesShown"/> entries, each labelled (a measure's area, a plan item's unit), then "and N more".</summary>
    private static void AddEntries(UserLanguage language, List<CardElement> body, IReadOnlyList<LedgerEntry> entries, Func<LedgerEntry, string> label, DateOnly today)
    {
        foreach (var entry in entries.Take(MaxEntriesShown))
        {
            body.Add(Entry(language, label(entry), entry, today));
        }

        if (entries.Count > MaxEntriesShown)
        {
            body.Add(Hint(CardText.Format(language, "Measure_MoreEntries", entries.Count - MaxEntriesShown)));
        }
    }

    private static Container Entry(UserLanguage language, string label, LedgerEntry entry, DateOnly today)
    {
        var items = new List<CardElement>
        {
            new ColumnSet(
            [
                new Column([new TextBlock(label + " · " + Shorten(OneLine(entry.Problem), DescriptionLength))]) { Width = ColumnWidth.Stretch },
                new Column([new TextBlock(LedgerStatus(language, entry, today)) { Color = LedgerColor(entry, today), Weight = TextWeight.Bolder }]) { Width = ColumnWidth.Auto },
            ]),
            Hint(CardText.Format(language, "Measure_EntryLine", Iso(entry.Deadline), Handling(language, entry.Handling), entry.Progress.Count)),
            new ActionSet([new ExecuteAction(CardText.Get(language, "Measure_RecordProgressButton"), OpenEntryVerb, Data((EntryKey, entry.Id)))])
            {
                Spacing = Spacing.Small,
            },
        };
        return new Container(items) { Separator = true, Spacing = Spacing.Small };
    }

    private static Container Version(UserLanguage language, SubmissionVersion version, bool isLatest, Core.Roster.Roster roster)
    {
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        string Name(string number) => roster.Person(number)?.Name ?? number;
        var separator = language == UserLanguage.En ? ", " : "、";

        var items = new List<CardElement>
        {
            new ColumnSet(
            [
                new Column([new TextBlock(Format("Measure_VersionHeading", version.Version)) { Weight = TextWeight.Bolder }]) { Width = ColumnWidth.Stretch },
                new Column([new TextBlock(Status(language, version.Status)) { Weight = TextWeight.Bolder, Color = StatusColor(version.Status) }]) { Width = ColumnWidth.Auto },
            ]),
        };
        var facts = new List<Fact> { new(Text("Measure_SubmittedAtLabel"), Cst(version.SubmittedAt)) };
        if (version.Decision is { } decision)
        {
            var by = decision.External ? Format("Measure_ExternalBy", Name(decision.ByNumber)) : Name(decision.ByNumber);
            facts.Add(new(Text("Measure_DecisionLabel"), Format("Measure_DecisionLine", Text("Measure_Outcome_" + decision.Outcome), by, Cst(decision.At))));
        }
        else if (version.WithdrawnAt is { } withdrawnAt)
        {
            facts.Add(new(Text("Measure_WithdrawnAtLabel"), Cst(withdrawnAt)));
        }
        else if (version.Reviewers.Count > 0)
        {
            facts.Add(new(Text("Measure_ReviewersLabel"), string.Join(separator, version.Reviewers.Select(Name))));
        }

        items.Add(new FactSet(facts) { Spacing = Spacing.Small });
        if (version.Decision?.Comment is { Length: > 0 } comment)
        {
            items.Add(new TextBlock(Text("Measure_CommentHeading")) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
            items.Add(UserText(Shorten(comment, CommentLength), Spacing.None));
        }

        for (var i = 0; i < version.Problems.Count; i++)
        {
            var p = version.Problems[i];
            items.Add(new TextBlock(Format("Measure_ProblemLine", i + 1, Area(language, p.Area), Shorten(OneLine(p.Description), DescriptionLength), Iso(p.Deadline)))
            {
                Size = TextSize.Small,
                Spacing = Spacing.Small,
            });
        }

        var data = Data((VersionKey, Number(version.Version)));
        if (version.Status.IsOpen())
        {
            items.Add(new ActionSet([new ExecuteAction(Text("Measure_WithdrawButton"), WithdrawVerb, data)]) { Spacing = Spacing.Small });
        }
        else if (isLatest && version.Status == MeasureStatus.Returned)
        {
            items.Add(new ActionSet([new ExecuteAction(Text("Measure_ReviseButton"), ReviseVerb, data)]) { Spacing = Spacing.Small });
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static TextColor StatusColor(MeasureStatus status) => status switch
    {
        MeasureStatus.Approved => TextColor.Good,
        MeasureStatus.Returned => TextColor.Warning,
        MeasureStatus.Withdrawn => TextColor.Default,
        _ => TextColor.Accent,
    };
}
