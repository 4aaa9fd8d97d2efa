namespace RectifyBot.Core.Supervision.Bulletins;

/// <summary>A unit's ledger counts on a bulletin day: done, open within the deadline, overdue.</summary>
public sealed record BulletinFigures(int Done, int Open, int Overdue)
{
    public int Total => Done + Open + Overdue;

    /// <summary>Done ÷ total (0 with no entries).</summary>
    public double CompletionRate => Total == 0 ? 0 : (double)Done / Total;
}
