namespace RectifyBot.Core.Stages;

/// <summary>The calendars in force: the university's (null until the office sets it) and the committees' own.</summary>
public sealed class StageCalendars
{
    private readonly Dictionary<string, StageCalendarEntry> _committees;

    public StageCalendars(StageCalendarEntry? university, IEnumerable<StageCalendarEntry> committees)
    {
        ArgumentNullException.ThrowIfNull(committees);
        University = university;
        _committees = committees.Where(c => c.UnitCode is not null).ToDictionary(c => c.UnitCode!, StringComparer.Ordinal);
    }

    public static StageCalendars None { get; } = new(null, []);

    public StageCalendarEntry? University { get; }

    public IReadOnlyCollection<StageCalendarEntry> Committees => _committees.Values;

    /// <summary>
    /// The calendar that applies to a unit: the own calendar of the nearest unit above it (itself included) that set
    /// one — in practice its secondary committee — else the university's; null if not even that is set.
    /// </summary>
    public StageCalendar? For(string? unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        foreach (var unit in roster.SelfAndAncestors(unitCode))
        {
            if (_committees.TryGetValue(unit.Code, out var own))
            {
                return own.Calendar;
            }
        }

        return University?.Calendar;
    }
}
