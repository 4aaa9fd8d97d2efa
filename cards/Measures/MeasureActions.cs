namespace RectifyBot.Cards.Measures;

/// <summary>
/// The verbs and data keys of the member's measure cards, in one place because several cards share them (cancel a
/// draft, revise a returned version). Each card class repeats the ones it uses as its own constants. Indices in data
/// are 0-based and every value is an invariant-culture string; the bot checks them all against what it stored.
/// </summary>
public static class MeasureActions
{
    public const string DraftAnswerVerb = "draft-answer";
    public const string DraftSkipVerb = "draft-skip";
    public const string DraftCancelVerb = "draft-cancel";
    public const string DraftContinueVerb = "draft-continue";
    public const string DraftPreviewVerb = "draft-preview";
    public const string DraftProblemEditVerb = "draft-problem-edit";
    public const string DraftProblemAddVerb = "draft-problem-add";
    public const string DraftProblemSaveVerb = "draft-problem-save";
    public const string DraftProblemRemoveVerb = "draft-problem-remove";
    public const string DraftCommitmentEditVerb = "draft-commitment-edit";
    public const string DraftSubmitVerb = "draft-submit";
    public const string MeasureReviseVerb = "measure-revise";
    public const string MeasureWithdrawVerb = "measure-withdraw";
    public const string MyMeasuresVerb = "my-measures";
    public const string LedgerOpenVerb = "ledger-open";
    public const string LedgerProgressVerb = "ledger-progress";
    public const string LedgerDoneVerb = "ledger-done";

    /// <summary>The draft's <see cref="Core.Measures.MeasureDraft.Revision"/> the card was drawn from: a stale card is refused.</summary>
    public const string RevisionKey = "revision";

    /// <summary>The <see cref="Core.Measures.DraftStep"/> name the card asked, so a late answer to an earlier question is recognised.</summary>
    public const string StepKey = "step";

    /// <summary>The 0-based index of a problem in the draft.</summary>
    public const string ProblemKey = "problem";

    /// <summary>A submitted version's number.</summary>
    public const string VersionKey = "version";

    /// <summary>A <see cref="Core.Ledger.LedgerEntry.Id"/>.</summary>
    public const string EntryKey = "entry";
}
