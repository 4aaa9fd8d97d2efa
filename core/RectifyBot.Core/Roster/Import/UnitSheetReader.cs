using C = RectifyBot.Core.Roster.Import.RosterColumns;

namespace RectifyBot.Core.Roster.Import;

/// <summary>Reads the 单位 sheet row by row, then checks parents against the file and the current roster.</summary>
internal sealed class UnitSheetReader(TabularSheet sheet, RosterHeaderMap map, ICollection<RosterImportError> errors)
{
    private readonly List<(OrganisationUnit Unit, int Row)> _units = [];

    public IReadOnlyList<OrganisationUnit> Units => _units.Select(u => u.Unit).ToList();

    public void ReadRows()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Skip(1).Where(r => !r.IsBlank))
        {
            var code = RosterText.Code(map.Cell(row, C.UnitCode));
            var name = RosterText.Name(map.Cell(row, C.UnitName));
            var kindCell = map.Cell(row, C.UnitKind);
            var parent = RosterText.Code(map.Cell(row, C.ParentCode));
            var ok = true;

            if (code.Length == 0)
            {
                ok = Error(RosterImportErrorCode.MissingUnitCode, row, C.UnitCode, null);
            }
            else if (!seen.Add(code))
            {
                ok = Error(RosterImportErrorCode.DuplicateUnitCode, row, C.UnitCode, code);
            }

            if (name.Length == 0)
            {
                ok = Error(RosterImportErrorCode.MissingUnitName, row, C.UnitName, null);
            }

            if (!RosterVocabulary.TryUnitKind(kindCell, out var kind))
            {
                ok = Error(RosterImportErrorCode.UnknownUnitKind, row, C.UnitKind, RosterText.Name(kindCell));
            }
            else if (parent.Length == 0 && kind != UnitKind.UniversityCommittee)
            {
                ok = Error(RosterImportErrorCode.MissingParentUnit, row, C.ParentCode, null);
            }

            var classBranchCell = map.Cell(row, C.ClassBranch);
            var isClassBranch = false;
            if (!string.IsNullOrWhiteSpace(classBranchCell) && !RosterVocabulary.TryYesNo(classBranchCell, out isClassBranch))
            {
                ok = Error(RosterImportErrorCode.InvalidYesNo, row, C.ClassBranch, RosterText.Name(classBranchCell));
            }

            if (ok)
            {
                var className = RosterText.Name(map.Cell(row, C.UnitClass));
                var unit = new OrganisationUnit(code, name, kind, kind == UnitKind.UniversityCommittee && parent.Length == 0 ? null : parent)
                {
                    IsClassBranch = isClassBranch,
                    ClassName = className.Length == 0 ? null : className,
                };
                _units.Add((unit, row.Number));
            }
        }
    }

    /// <summary>Every parent must exist (in the file or the current roster) and following parents must never lead back.</summary>
    public void CheckParents(IReadOnlyDictionary<string, OrganisationUnit> known)
    {
        foreach (var (unit, row) in _units.Where(u => u.Unit.ParentCode is not null))
        {
            if (!known.ContainsKey(unit.ParentCode!))
            {
                errors.Add(new RosterImportError(RosterImportErrorCode.UnknownUnit, sheet.Name, row, map.Header(C.ParentCode), unit.ParentCode));
            }
            else if (LeadsBackTo(unit.Code, known))
            {
                errors.Add(new RosterImportError(RosterImportErrorCode.UnitCycle, sheet.Name, row, map.Header(C.ParentCode), unit.ParentCode));
            }
        }
    }

    private static bool LeadsBackTo(string start, IReadOnlyDictionary<string, OrganisationUnit> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var code = known[start].ParentCode; code is not null && known.TryGetValue(code, out var unit); code = unit.ParentCode)
        {
            if (string.Equals(code, start, StringComparison.Ordinal))
            {
                return true;
            }

            if (!seen.Add(code))
            {
                // A cycle above this unit, not through it: reported on the rows that form it.
                return false;
            }
        }

        return false;
    }

    private bool Error(RosterImportErrorCode code, TabularRow row, RosterColumn column, string? value)
    {
        errors.Add(new RosterImportError(code, sheet.Name, row.Number, map.Header(column), value));
        return false;
    }
}
