using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Reviews;

/// <summary>The words review cards share: areas, sources, handling, positions, names and China Standard Time.</summary>
internal static class ReviewWords
{
    public static string Area(UserLanguage language, ProblemArea area) => CardText.Get(language, "Review_Area_" + area);

    public static string Source(UserLanguage language, ProblemSource source) => CardText.Get(language, "Review_Source_" + source);

    public static string Handling(UserLanguage language, HandlingKind handling) => CardText.Get(language, "Review_Handling_" + handling);

    /// <summary>A person's name from the roster, else the number (a person who left stays readable by number).</summary>
    public static string Name(Core.Roster.Roster roster, string number) => roster.Person(number)?.Name ?? number;

    /// <summary>"name（number）": namesakes are common, the number tells them apart.</summary>
    public static string NameAndNumber(UserLanguage language, Person person) =>
        language == UserLanguage.En ? $"{person.Name} ({person.Number})" : $"{person.Name}（{person.Number}）";

    /// <summary>The unit the author belonged to when submitting (history is not rewritten), else their Party unit now.</summary>
    public static string? UnitName(Core.Roster.Roster roster, string? unitCode, Person author) =>
        roster.Unit(unitCode)?.Name ?? roster.Unit(author.PartyUnitCode)?.Name ?? unitCode;

    /// <summary>The author's positions and post in words, or null when they hold none.</summary>
    public static string? Positions(UserLanguage language, Person person, Core.Roster.Roster roster)
    {
        var parts = person.Positions
            .Where(p => !(p.Position == Position.BranchCommitteeMember && person.Holds(Position.BranchSecretary, p.UnitCode ?? "")))
            .Select(p => CardText.Format(language, "Review_Position_" + p.Position, roster.Unit(p.UnitCode)?.Name ?? p.UnitCode ?? ""))
            .ToList();
        if (person.Post is { } post)
        {
            parts.Add(CardText.Format(language, "Review_Post_" + post.Rank, roster.Unit(post.UnitCode)?.Name ?? post.UnitCode));
        }

        return parts.Count == 0 ? null : string.Join(language == UserLanguage.En ? "; " : "、", parts.Distinct(StringComparer.Ordinal));
    }

    public static string Time(DateTimeOffset at) => ChinaTime.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
