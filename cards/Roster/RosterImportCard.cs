using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Roster;

/// <summary>
/// The answer to a successful roster import: how many people were added, changed and deactivated (with the first
/// names of each), units added or changed, and who imported and when (China time).
/// </summary>
public static class RosterImportCard
{
    /// <summary>How many names each line shows before "and N more".</summary>
    public const int NamesShown = 10;

    public static AdaptiveCard Build(UserLanguage language, RosterChangeReport report, RosterVersionInfo version, string operatorName, bool fullReplacement)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(version);
        string Text(string key) => CardText.Get(language, key);
        string Count(int n) => CardText.Format(language, "RosterImportCard_Count", n);

        var body = new List<CardElement>
        {
            new TextBlock(Text("RosterImportCard_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Text(fullReplacement ? "RosterImportCard_FullReplacement" : "RosterImportCard_Partial")) { Spacing = Spacing.Small },
            new FactSet(
            [
                new Fact(Text("RosterImportCard_Added"), Count(report.AddedPeople.Count)),
                new Fact(Text("RosterImportCard_Changed"), Count(report.ChangedPeople.Count)),
                new Fact(Text("RosterImportCard_Deactivated"), Count(report.DeactivatedPeople.Count)),
                new Fact(Text("RosterImportCard_Units"), CardText.Format(language, "RosterImportCard_UnitCount", report.AddedUnits.Count, report.ChangedUnits.Count)),
            ]),
        };

        if (!report.HasChanges)
        {
            body.Add(new TextBlock(Text("RosterImportCard_NoChanges")) { Spacing = Spacing.Small });
        }

        AddNames(body, language, "RosterImportCard_Added", report.AddedPeople.Select(p => p.Name).ToList());
        AddNames(body, language, "RosterImportCard_Changed", report.ChangedPeople.Select(p => p.Name).ToList());
        AddNames(body, language, "RosterImportCard_Deactivated", report.DeactivatedPeople.Select(p => p.Name).ToList());

        var at = ChinaTime.ToChinaTime(version.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        body.Add(new TextBlock(CardText.Format(language, "RosterImportCard_By", operatorName, version.OperatorNumber, at))
        {
            IsSubtle = true,
            Size = TextSize.Small,
            Spacing = Spacing.Medium,
            Separator = true,
        });
        return new AdaptiveCard(body);
    }

    private static void AddNames(List<CardElement> body, UserLanguage language, string headingKey, List<string> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        var separator = language == UserLanguage.En ? ", " : "、";
        var shown = string.Join(separator, names.Take(NamesShown));
        var list = names.Count > NamesShown
            ? CardText.Format(language, "RosterImportCard_MoreNames", shown, names.Count - NamesShown)
            : shown;
        body.Add(new TextBlock(CardText.Format(language, "RosterImportCard_Names", CardText.Get(language, headingKey), list)) { Spacing = Spacing.Small });
    }
}
