namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Turns the sheets of an uploaded roster file into units and people, or into every problem the file has, each
/// with its sheet, row and column. It never stops at the first problem: the office fixes the file once.
/// </summary>
public static class RosterImportParser
{
    /// <param name="sheets">The sheets as read from the file: an .xlsx has 单位 and 人员, a CSV one of the two.</param>
    /// <param name="options">Import settings; <see cref="RosterImportOptions.Default"/> when null.</param>
    /// <param name="current">The roster in force: units the file refers to but does not list are looked up there.</param>
    public static RosterImportResult Parse(IReadOnlyList<TabularSheet> sheets, RosterImportOptions? options = null, Roster? current = null)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        options ??= RosterImportOptions.Default;
        current ??= Roster.Empty;
        var errors = new List<RosterImportError>();

        var (unitsSheet, peopleSheet) = Classify(sheets, errors);
        var dataRows = new[] { unitsSheet, peopleSheet }.Sum(s => s is null ? 0 : s.Rows.Skip(1).Count(r => !r.IsBlank));
        if (dataRows == 0 && errors.Count == 0)
        {
            return RosterImportResult.Invalid([new RosterImportError(RosterImportErrorCode.EmptyFile)]);
        }

        IReadOnlyList<OrganisationUnit> units = [];
        var known = current.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        if (unitsSheet is not null)
        {
            var map = RosterHeaderMap.Read(unitsSheet, RosterColumns.Units, errors);
            if (map.HasAllRequired)
            {
                var reader = new UnitSheetReader(unitsSheet, map, errors);
                reader.ReadRows();
                units = reader.Units;
                foreach (var unit in units)
                {
                    known[unit.Code] = unit;
                }

                reader.CheckParents(known);
            }
        }

        IReadOnlyList<Person> people = [];
        if (peopleSheet is not null)
        {
            var map = RosterHeaderMap.Read(peopleSheet, RosterColumns.People, errors);
            if (map.HasAllRequired)
            {
                var reader = new PersonSheetReader(peopleSheet, map, known, options, errors);
                reader.ReadRows();
                people = reader.People;
            }
        }

        return errors.Count > 0
            ? RosterImportResult.Invalid(errors)
            : RosterImportResult.Valid(new ParsedRoster(units, people));
    }

    private static (TabularSheet? Units, TabularSheet? People) Classify(IReadOnlyList<TabularSheet> sheets, List<RosterImportError> errors)
    {
        TabularSheet? units = null;
        TabularSheet? people = null;
        foreach (var sheet in sheets.Where(s => s.Rows.Any(r => !r.IsBlank)))
        {
            switch (RosterHeaderMap.Classify(sheet))
            {
                case RosterSheetKind.Units when units is null:
                    units = sheet;
                    break;
                case RosterSheetKind.People when people is null:
                    people = sheet;
                    break;
                default:
                    // Neither kind, or a second sheet of a kind already seen: which one counts would be a guess.
                    errors.Add(new RosterImportError(RosterImportErrorCode.UnrecognisedSheet, sheet.Name, sheet.Rows[0].Number));
                    break;
            }
        }

        return (units, people);
    }
}
