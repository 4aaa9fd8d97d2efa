namespace RectifyBot.Core.Roster.Import;

/// <summary>The units and people of a valid roster file, normalised, all people active and not yet bound to Teams.</summary>
public sealed record ParsedRoster(IReadOnlyList<OrganisationUnit> Units, IReadOnlyList<Person> People);
