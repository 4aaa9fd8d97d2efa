using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// One entry of the member's rectification ledger (整改台帐): what was promised (problem, measures, deadline, handling,
/// milestones), where it stands, the progress posted so far (newest first, the latest <see cref="MaxNotesShown"/>),
/// and while it is open a form to post progress with an evidence link, or to mark it done. Done on time or late is
/// shown against the deadline, as supervision counts it.
/// </summary>
public static class LedgerEntryCard
{
    public const string ProgressVerb = MeasureActions.LedgerProgressVerb;

    /// <summary>Marks the entry done; a note typed in the form at the same time comes along with it.</summary>
    public const string DoneVerb = MeasureActions.LedgerDoneVerb;

    public const string EntryKey = MeasureActions.EntryKey;

    /// <summary>The input ids, and the keys of their errors.</summary>
    public const string NoteField = "note";

    /// <summary>An https link to evidence (the bot checks the scheme).</summary>
    public const string EvidenceLinkField = "evidenceLink";

    public const int MaxNotesShown = 10;

    public static AdaptiveCard Build(UserLanguage language, LedgerEntryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var entry = view.Entry;
        var form = view.Form;
        var done = entry.Status == LedgerEntryStatus.Done;

        var body = new List<CardElement>
        {
            Title(Text("Measure_EntryTitle")),
        };
        if (Notice(language, form.Notice) is { } notice)
        {
            body.Add(notice);
        }

        var facts = new List<Fact>
        {
            new(Text("Measure_StatusLabel"), LedgerStatus(language, entry, view.Today)),
            new(Text("Measure_Short_Area"), Area(language, entry.Area)),
            new(Text("Measure_Short_Handling"), Handling(language, entry.Handling)),
            new(Text("Measure_Short_Deadline"), Iso(entry.Deadline)),
        };
        if (entry.CompletedAt is { } completedAt)
        {
            facts.Add(new(Text("Measure_CompletedAtLabel"), Cst(completedAt)));
        }

        body.Add(new FactSet(facts) { Spacing = Spacing.Small });
        body.Add(Heading(Text("Measure_Short_Description")));
        body.Add(UserText(entry.Problem));
        body.Add(Heading(Text("Measure_Short_Measures")));
        body.Add(UserText(entry.Measures));
        if (!string.IsNullOrWhiteSpace(entry.Explanation))
        {
            body.Add(Heading(Text("Measure_Short_Explanation")));
            body.Add(UserText(entry.Explanation));
        }

        if (entry.Milestones.Count > 0)
        {
            body.Add(Heading(Text("Measure_Short_Milestones")));
            body.Add(new FactSet(entry.Milestones.Select(m => new Fact(Iso(m.Date), m.Description))) { Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(Text("Measure_ProgressHeading")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true });
        if (entry.Progress.Count == 0)
        {
            body.Add(Hint(Text("Measure_NoProgressYet")));
        }

        foreach (var note in entry.Progress.OrderByDescending(n => n.At).Take(MaxNotesShown))
        {
            var items = new List<CardElement>
            {
                new TextBlock(Cst(note.At)) { IsSubtle = true, Size = TextSize.Small, Weight = TextWeight.Bolder },
                UserText(note.Text, Spacing.None),
            };
            if (!string.IsNullOrWhiteSpace(note.EvidenceLink))
            {
                // Shown as text, not a button: the link is the member's own input and is not vetted beyond https.
                items.Add(new TextBlock(Format("Measure_EvidenceLine", note.EvidenceLink)) { Size = TextSize.Small, Spacing = Spacing.None });
            }

            body.Add(new Container(items) { Spacing = Spacing.Small });
        }

        if (entry.Progress.Count > MaxNotesShown)
        {
            body.Add(Hint(Format("Measure_EarlierNotes", entry.Progress.Count - MaxNotesShown)));
        }

        var actions = new List<CardAction>();
        if (!done)
        {
            var inputs = new List<CardElement>
            {
                Label(Format("Measure_NoteLabel", MeasureLimits.ProgressNote)),
                new TextInput(NoteField) { IsMultiline = true, MaxLength = MeasureLimits.ProgressNote, Value = form.Note },
            };
            inputs.AddRange(Errors(ErrorsOf(form.Errors, NoteField)));
            inputs.Add(Label(Format("Measure_EvidenceLabel", MeasureLimits.EvidenceLink)));
            inputs.Add(new TextInput(EvidenceLinkField) { MaxLength = MeasureLimits.EvidenceLink, Value = form.EvidenceLink, Placeholder = "https://" });
            inputs.AddRange(Errors(ErrorsOf(form.Errors, EvidenceLinkField)));
            inputs.Add(Hint(Text("Measure_ProgressHint")));
            body.Add(new Container(inputs) { Separator = true, Spacing = Spacing.Medium });

            var data = Data((EntryKey, entry.Id));
            actions.Add(new ExecuteAction(Text("Measure_RecordProgressButton"), ProgressVerb, data));
            actions.Add(new ExecuteAction(Text("Measure_MarkDoneButton"), DoneVerb, data));
        }

        return new AdaptiveCard(body, actions);
    }
}
