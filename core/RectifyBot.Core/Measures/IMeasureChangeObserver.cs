namespace RectifyBot.Core.Measures;

/// <summary>
/// Told about a transition before it is saved (supervision writes its due-date index first, so a crash between the two
/// leaves at worst a stale index row, never an entry the index does not know). Throwing stops the transition.
/// </summary>
public interface IMeasureChangeObserver
{
    Task BeforeSaveAsync(MeasureChange change, CancellationToken cancellationToken = default);
}
