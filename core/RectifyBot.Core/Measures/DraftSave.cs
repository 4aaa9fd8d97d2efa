namespace RectifyBot.Core.Measures;

/// <summary>What saving a draft did: saved (with its new ETag), or refused because another device saved first.</summary>
public abstract record DraftSave
{
    private DraftSave()
    {
    }

    public sealed record Saved(MeasureDraft Draft) : DraftSave;

    /// <summary>Someone saved the draft since it was read; <paramref name="Current"/> is what is stored now (null if it was deleted or submitted).</summary>
    public sealed record Conflict(MeasureDraft? Current) : DraftSave;
}
