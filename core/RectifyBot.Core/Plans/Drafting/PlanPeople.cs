using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans.Drafting;

/// <summary>
/// Finds the responsible person a leader names, by roster number or by name, among the active people of the plan's
/// unit and the units under it. Namesakes are all returned, so the card can show each with number and unit.
/// </summary>
public static class PlanPeople
{
    public static PersonPick Find(string? text, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var typed = AnswerText.CollapseWhitespace(text?.Normalize(System.Text.NormalizationForm.FormKC).Trim() ?? "");
        if (typed.Length == 0)
        {
            return new PersonPick(null, [], PersonPickProblem.Required);
        }

        if (roster.Person(typed) is { } byNumber)
        {
            return PlanAudience.IsInUnit(byNumber, unitCode, roster)
                ? new PersonPick(byNumber, [], null)
                : new PersonPick(null, [], PersonPickProblem.OutsideUnit);
        }

        var named = roster.ActivePeople.Where(p => string.Equals(p.Name, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        var inUnit = named.Where(p => PlanAudience.IsInUnit(p, unitCode, roster)).OrderBy(p => p.Number, StringComparer.Ordinal).ToList();
        return inUnit.Count switch
        {
            1 => new PersonPick(inUnit[0], [], null),
            > 1 => new PersonPick(null, inUnit, PersonPickProblem.Namesakes),
            _ => new PersonPick(null, [], named.Count > 0 ? PersonPickProblem.OutsideUnit : PersonPickProblem.Unknown),
        };
    }

    /// <summary>Where a person belongs, for telling namesakes apart: their Party unit, else their post's unit.</summary>
    public static string? UnitOf(Person person) => person?.PartyUnitCode ?? person?.Post?.UnitCode;
}
