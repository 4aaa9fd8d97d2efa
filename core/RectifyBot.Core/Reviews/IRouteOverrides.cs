namespace RectifyBot.Core.Reviews;

/// <summary>The office's route overrides: one in force per author, every earlier one kept as history (who, when, why).</summary>
public interface IRouteOverrides
{
    /// <summary>Records an override; it replaces the one in force for the same author, which stays in the history.</summary>
    Task SaveAsync(RouteOverride routeOverride, CancellationToken cancellationToken = default);

    /// <summary>The override in force for an author; null if none.</summary>
    Task<RouteOverride?> FindAsync(string authorNumber, CancellationToken cancellationToken = default);

    /// <summary>Every override in force.</summary>
    Task<IReadOnlyList<RouteOverride>> ListAsync(CancellationToken cancellationToken = default);
}
