using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans.Drafting;

/// <summary>The person found, or the namesakes to choose from, or why nobody was found.</summary>
public sealed record PersonPick(Person? Person, IReadOnlyList<Person> Namesakes, PersonPickProblem? Problem);
