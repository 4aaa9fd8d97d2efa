namespace RectifyBot.Core.Mechanisms;

/// <summary>Units' long-term mechanisms: one partition per unit, the state in force and a history row per change, written together.</summary>
public interface IMechanismRepository
{
    /// <summary>The unit's recorded mechanisms and their history (empty when nothing was recorded).</summary>
    Task<UnitMechanisms> LoadAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Saves the mechanism in force (with who and when) and its history row in one transaction.</summary>
    Task SaveAsync(Mechanism mechanism, CancellationToken cancellationToken = default);

    /// <summary>Every recorded mechanism in force, of every unit (the office's overview, supervision's reconciliation).</summary>
    IAsyncEnumerable<Mechanism> ListAllAsync(CancellationToken cancellationToken = default);
}
