namespace RectifyBot.Core.Roster;

/// <summary>
/// One saved version of the roster, with who imported it and when (a function key alone says nothing about who:
/// the operator is recorded).
/// </summary>
/// <param name="VersionId">Sortable by creation time; names the version in storage.</param>
/// <param name="CreatedAt">When the version was saved.</param>
/// <param name="OperatorNumber">The staff number of the person who imported it.</param>
/// <param name="Summary">What changed, as the import reported it (e.g. "added 3, changed 5, deactivated 1").</param>
/// <param name="Units">How many units the version holds.</param>
/// <param name="People">How many people (active or not) the version holds.</param>
public sealed record RosterVersionInfo(string VersionId, DateTimeOffset CreatedAt, string OperatorNumber, string Summary, int Units, int People);
