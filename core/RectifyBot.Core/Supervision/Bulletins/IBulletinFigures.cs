namespace RectifyBot.Core.Supervision.Bulletins;

/// <summary>Each unit's figures per bulletin week, kept so the next bulletin can say what changed.</summary>
public interface IBulletinFigures
{
    Task<BulletinFigures?> FindAsync(string unitCode, DateOnly week, CancellationToken cancellationToken = default);

    /// <summary>Keeps the week's figures unless that week's are already kept; returns the ones kept (a rerun reports the same).</summary>
    Task<BulletinFigures> KeepAsync(string unitCode, DateOnly week, BulletinFigures figures, CancellationToken cancellationToken = default);
}
