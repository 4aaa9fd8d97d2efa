using RectifyBot.Core.Roster;

namespace RectifyBot.Core.StatusReports;

/// <summary>
/// What a closed status window tells one person (the publisher, the unit's leaders; the office when most were
/// dissatisfied or too few answered), before it is rendered in their language (<see cref="IStatusNotices"/>), with the
/// opinions the masses wrote (their text only, never who wrote them).
/// </summary>
public sealed record StatusNotice(Person Recipient, StatusReport Report, string UnitName)
{
    public IReadOnlyList<string> Opinions { get; init; } = [];
}
