namespace RectifyBot.Core.Roster.Import;

/// <summary>A unit the import changed, with the names of the changed fields (as in <see cref="OrganisationUnit"/>).</summary>
public sealed record UnitChange(string Code, string Name, IReadOnlyList<string> Fields);
