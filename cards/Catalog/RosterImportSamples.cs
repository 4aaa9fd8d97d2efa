using RectifyBot.Cards.Model;
using RectifyBot.Cards.Roster;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Cards.Catalog;

/// <summary>Sample data for the roster import cards: realistic, and at maximum length (long names, many errors).</summary>
internal static class RosterImportSamples
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    internal static AdaptiveCard Summary(UserLanguage language) => RosterImportCard.Build(
        language,
        new RosterChangeReport
        {
            AddedPeople = [Person("200030", "林晓"), Person("200031", "欧阳明")],
            ChangedPeople = [new PersonChange("200022", "张伟", [nameof(Core.Roster.Person.Email)])],
            DeactivatedPeople = [Person("200099", "赖宁")],
        },
        new RosterVersionInfo("20260302013000000", At, "100020", "import: added 2, changed 1, deactivated 1", 17, 62),
        "王芳",
        fullReplacement: false);

    internal static AdaptiveCard SummaryMaximum(UserLanguage language)
    {
        var many = Enumerable.Range(0, 5000).Select(i => Person(i.ToString("D12", System.Globalization.CultureInfo.InvariantCulture), SampleText.Chinese(20))).ToList();
        return RosterImportCard.Build(
            language,
            new RosterChangeReport
            {
                AddedPeople = many,
                ChangedPeople = many.Select(p => new PersonChange(p.Number, p.Name, [nameof(Core.Roster.Person.Name)])).ToList(),
                DeactivatedPeople = many,
                AddedUnits = [new OrganisationUnit("U1", SampleText.Chinese(50), UnitKind.Branch, "U0")],
            },
            new RosterVersionInfo("20260302013000000", At, SampleText.Chinese(20), "import", 2000, 20000),
            SampleText.Chinese(20),
            fullReplacement: true);
    }

    internal static AdaptiveCard Errors(UserLanguage language) => RosterImportErrorsCard.Build(language,
    [
        new RosterImportError(RosterImportErrorCode.NumberInScientificNotation, "人员", 7, "工号/学号", "2.02103E+11"),
        new RosterImportError(RosterImportErrorCode.UnknownUnit, "人员", 12, "党组织编码", "HP-JSJ-T9"),
        new RosterImportError(RosterImportErrorCode.RosterLiaisonNotSchoolLeader, Value: "100016"),
    ]);

    internal static AdaptiveCard ErrorsMaximum(UserLanguage language) => RosterImportErrorsCard.Build(
        language,
        Enumerable.Range(2, 20000)
            .Select(row => new RosterImportError(RosterImportErrorCode.PositionInWrongUnitKind, SampleText.Chinese(31), row, SampleText.Chinese(50), SampleText.Chinese(200)))
            .ToList());

    private static Person Person(string number, string name) => new() { Number = number, Name = name };
}
