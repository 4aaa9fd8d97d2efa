namespace RectifyBot.Core.Plans;

/// <summary>
/// Told of a plan transition before it is saved (supervision writes the due-date index rows of the ledger entries an
/// acceptance creates); a failure stops the transition, so nothing is saved without its index rows.
/// </summary>
public interface IPlanChangeObserver
{
    Task BeforeSaveAsync(PlanChange change, CancellationToken cancellationToken = default);
}
