namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// Told before a mechanism is saved (supervision writes its due-date index first, as for measures and plans).
/// Throwing stops the save.
/// </summary>
public interface IMechanismChangeObserver
{
    Task BeforeSaveAsync(Mechanism mechanism, Roster.Roster roster, CancellationToken cancellationToken = default);
}
