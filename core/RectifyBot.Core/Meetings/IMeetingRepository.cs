namespace RectifyBot.Core.Meetings;

/// <summary>Meetings and guidance visits, one partition per unit.</summary>
public interface IMeetingRepository
{
    /// <summary>Stores the meeting unless one with its id is already there (the same form sent twice); false then.</summary>
    Task<bool> AddAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>The unit's meetings and visits, oldest first.</summary>
    Task<IReadOnlyList<Meeting>> ListAsync(string unitCode, CancellationToken cancellationToken = default);
}
