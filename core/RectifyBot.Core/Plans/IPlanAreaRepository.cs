namespace RectifyBot.Core.Plans;

/// <summary>The office's list of plan areas; every change keeps who and when.</summary>
public interface IPlanAreaRepository
{
    /// <summary>Every area the office saved (retired ones too); empty until the office first edits the list.</summary>
    Task<IReadOnlyList<PlanArea>> ListAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(PlanArea area, string byNumber, DateTimeOffset at, CancellationToken cancellationToken = default);
}
