namespace RectifyBot.Cards.Measures;

/// <summary>The notices the member's measure cards have words for, so the bot names them without spelling keys itself.</summary>
public static class MeasureNoticeKeys
{
    /// <summary>"已记录：{0}": the previous step's answer as understood (for a typed answer, what the bot read it as).</summary>
    public const string Confirmed = "Measure_Confirmed";

    /// <summary>A card of an older revision was used: the draft changed on another device; the card shows the current one.</summary>
    public const string DraftConflict = "Measure_DraftConflict";

    /// <summary>The draft is gone (submitted or cancelled elsewhere) when a card of it was used.</summary>
    public const string DraftGone = "Measure_DraftGone";

    /// <summary>"问题 {0} 已保存": the problem form was saved (1-based number).</summary>
    public const string ProblemSaved = "Measure_ProblemSaved";

    /// <summary>"问题 {0} 已删除".</summary>
    public const string ProblemRemoved = "Measure_ProblemRemoved";

    /// <summary>A new empty problem was added to the draft.</summary>
    public const string ProblemAdded = "Measure_ProblemAdded";

    /// <summary>Nothing was saved: the errors under the fields say why.</summary>
    public const string NotSaved = "Measure_NotSaved";

    /// <summary>Submit was refused: some problem or the commitment is incomplete or invalid (flagged on the preview).</summary>
    public const string SubmitRefused = "Measure_SubmitRefused";

    /// <summary>The draft was resumed where the member left off.</summary>
    public const string Resumed = "Measure_Resumed";

    /// <summary>A progress note was added to the ledger entry.</summary>
    public const string ProgressSaved = "Measure_ProgressSaved";

    /// <summary>The ledger entry was marked done.</summary>
    public const string MarkedDone = "Measure_MarkedDone";

    /// <summary>The ledger entry changed since the card was drawn (another device); it is shown anew.</summary>
    public const string EntryConflict = "Measure_EntryConflict";
}
