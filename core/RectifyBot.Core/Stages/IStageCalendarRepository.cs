namespace RectifyBot.Core.Stages;

/// <summary>The stage calendars: the university's and those of secondary committees that set their own.</summary>
public interface IStageCalendarRepository
{
    /// <summary>Every calendar in force (the university's, if set, and each committee's own).</summary>
    Task<StageCalendars> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets (replaces) one calendar; the earlier one stays in the history with who set it and when.</summary>
    Task SaveAsync(StageCalendarEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Every calendar ever set for the scope (null = the university), oldest first.</summary>
    Task<IReadOnlyList<StageCalendarEntry>> HistoryAsync(string? unitCode, CancellationToken cancellationToken = default);
}
