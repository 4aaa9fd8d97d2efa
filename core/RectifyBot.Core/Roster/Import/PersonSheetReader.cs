using C = RectifyBot.Core.Roster.Import.RosterColumns;

namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Reads the 人员 sheet. Unit codes are checked against the units of the file and of the current roster.
/// Positions are written "支部书记、支部委员" or with a unit, "党委主要负责人@U010". Without "@", a branch position
/// is held in the person's Party organisation (党组织编码) and a committee position (主要负责人, 领导班子成员) in the
/// committee or general branch that organisation belongs to; university-wide positions take no unit.
/// </summary>
internal sealed class PersonSheetReader(
    TabularSheet sheet,
    RosterHeaderMap map,
    IReadOnlyDictionary<string, OrganisationUnit> units,
    RosterImportOptions options,
    ICollection<RosterImportError> errors)
{
    private readonly List<Person> _people = [];
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _upns = new(StringComparer.OrdinalIgnoreCase);
    private bool _rowOk;
    private TabularRow _row = new(0, []);

    public IReadOnlyList<Person> People => _people;

    public void ReadRows()
    {
        foreach (var row in sheet.Rows.Skip(1).Where(r => !r.IsBlank))
        {
            _row = row;
            _rowOk = true;
            var person = ReadRow();
            if (_rowOk)
            {
                _people.Add(person);
            }
        }
    }

    private Person ReadRow()
    {
        var level = ReadStudentLevel();
        var number = ReadNumber(level);
        var name = RosterText.Name(Cell(C.Name));
        if (name.Length == 0)
        {
            Error(RosterImportErrorCode.MissingName, C.Name, null);
        }

        var upn = Optional(RosterText.Code(Cell(C.Upn)));
        if (upn is not null && !_upns.Add(upn))
        {
            Error(RosterImportErrorCode.DuplicateUpn, C.Upn, upn);
        }

        var partyUnit = Optional(RosterText.Code(Cell(C.PartyUnit)));
        if (partyUnit is not null && !units.ContainsKey(partyUnit))
        {
            Error(RosterImportErrorCode.UnknownUnit, C.PartyUnit, partyUnit);
        }

        return new Person
        {
            Number = number,
            Name = name,
            Upn = upn,
            Email = Optional(RosterText.Code(Cell(C.Email))),
            PartyUnitCode = partyUnit,
            PartyStatus = ReadPartyStatus(),
            Post = ReadPost(),
            Positions = ReadPositions(partyUnit),
            LiaisonUnitCodes = ReadLiaisonUnits(),
            ClassName = Optional(RosterText.Name(Cell(C.PersonClass))),
            Year = ReadYear(),
            StudentLevel = level,
            Major = Optional(RosterText.Name(Cell(C.Major))),
            DemocraticParty = Optional(RosterText.Name(Cell(C.DemocraticParty))),
            Retired = ReadYesNo(C.Retired),
        };
    }

    private string ReadNumber(StudentLevel? level)
    {
        var reading = RosterText.Number(Cell(C.Number));
        var number = reading.Value;
        if (reading.Problem == NumberProblem.ScientificNotation)
        {
            Error(RosterImportErrorCode.NumberInScientificNotation, C.Number, number);
        }
        else if (reading.Problem == NumberProblem.Invalid)
        {
            Error(RosterImportErrorCode.InvalidNumber, C.Number, number);
        }
        else if (number.Length == 0)
        {
            Error(RosterImportErrorCode.MissingIdentity, C.Number, null);
        }
        else
        {
            // Only students have a fixed-length number; staff numbers are left alone.
            if (level is not null && options.StudentNumberLength is { } length)
            {
                number = RosterText.PadDigits(number, length);
            }

            if (!_numbers.Add(number))
            {
                Error(RosterImportErrorCode.DuplicateNumber, C.Number, number);
            }
        }

        return number;
    }

    private PartyStatus ReadPartyStatus()
    {
        var cell = Cell(C.PartyStatus);
        if (string.IsNullOrWhiteSpace(cell))
        {
            return PartyStatus.None;
        }

        if (!RosterVocabulary.TryPartyStatus(cell, out var status))
        {
            Error(RosterImportErrorCode.UnknownPartyStatus, C.PartyStatus, RosterText.Name(cell));
        }

        return status;
    }

    private AdministrativePost? ReadPost()
    {
        var unitCodes = RosterText.List(Cell(C.PostUnit)).Select(RosterText.Code).ToList();
        var rankCell = Cell(C.PostRank);
        var hasRank = !string.IsNullOrWhiteSpace(rankCell);
        if (unitCodes.Count == 0)
        {
            if (hasRank)
            {
                Error(RosterImportErrorCode.PostWithoutUnit, C.PostUnit, null);
            }

            return null;
        }

        var ok = true;
        if (unitCodes.Count > 1)
        {
            ok = Error(RosterImportErrorCode.MoreThanOnePost, C.PostUnit, string.Join('、', unitCodes));
        }
        else if (!units.TryGetValue(unitCodes[0], out var unit))
        {
            ok = Error(RosterImportErrorCode.UnknownPostUnit, C.PostUnit, unitCodes[0]);
        }
        else if (!unit.IsAdministrative)
        {
            ok = Error(RosterImportErrorCode.PostUnitNotAdministrative, C.PostUnit, unitCodes[0]);
        }

        var rank = PostRank.Head;
        if (!hasRank)
        {
            ok = Error(RosterImportErrorCode.PostWithoutRank, C.PostRank, null);
        }
        else if (!RosterVocabulary.TryPostRank(rankCell, out rank))
        {
            ok = Error(RosterImportErrorCode.UnknownPostRank, C.PostRank, RosterText.Name(rankCell));
        }

        return ok ? new AdministrativePost(unitCodes[0], rank) : null;
    }

    private List<PositionHolding> ReadPositions(string? partyUnit)
    {
        var holdings = new List<PositionHolding>();
        foreach (var item in RosterText.List(Cell(C.Positions)))
        {
            var at = item.IndexOf('@', StringComparison.Ordinal);
            var name = at < 0 ? item : item[..at];
            var explicitUnit = at < 0 ? null : Optional(RosterText.Code(item[(at + 1)..]));
            if (!RosterVocabulary.TryPosition(name, out var position))
            {
                Error(RosterImportErrorCode.UnknownPositionName, C.Positions, RosterText.Name(item));
                continue;
            }

            if (!RosterVocabulary.NeedsUnit(position))
            {
                holdings.Add(new PositionHolding(position));
                continue;
            }

            var unitCode = explicitUnit ?? DefaultUnit(position, partyUnit);
            if (unitCode is null)
            {
                Error(RosterImportErrorCode.PositionWithoutUnit, C.Positions, RosterText.Name(item));
            }
            else if (!units.TryGetValue(unitCode, out var unit))
            {
                Error(RosterImportErrorCode.UnknownUnit, C.Positions, unitCode);
            }
            else if (!RosterVocabulary.FitsUnit(position, unit.Kind))
            {
                Error(RosterImportErrorCode.PositionInWrongUnitKind, C.Positions, RosterText.Name(item));
            }
            else if (!holdings.Contains(new PositionHolding(position, unitCode)))
            {
                holdings.Add(new PositionHolding(position, unitCode));
            }
        }

        return holdings;
    }

    /// <summary>Branch positions: the Party organisation itself; committee positions: the nearest committee above it.</summary>
    private string? DefaultUnit(Position position, string? partyUnit)
    {
        if (partyUnit is null || !units.ContainsKey(partyUnit))
        {
            return partyUnit;
        }

        if (position is Position.BranchSecretary or Position.BranchCommitteeMember)
        {
            return partyUnit;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var code = partyUnit; code is not null && seen.Add(code) && units.TryGetValue(code, out var unit); code = unit.ParentCode)
        {
            if (unit.IsPartyCommitteeLevel)
            {
                return unit.Code;
            }
        }

        return partyUnit;
    }

    private List<string> ReadLiaisonUnits()
    {
        var codes = RosterText.List(Cell(C.LiaisonUnits)).Select(RosterText.Code).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var code in codes.Where(c => !units.ContainsKey(c)))
        {
            Error(RosterImportErrorCode.UnknownUnit, C.LiaisonUnits, code);
        }

        return codes;
    }

    private int? ReadYear()
    {
        var text = RosterText.Code(Cell(C.Year));
        if (text.Length == 0)
        {
            return null;
        }

        // "3" and "3年级" both mean the third year; an intake year such as "2021级" is not a year of study.
        var digits = text.EndsWith("年级", StringComparison.Ordinal) ? text[..^2] : text;
        if (RosterText.IsInteger(digits, out var year) && year >= 1 && year <= options.MaxYear)
        {
            return year;
        }

        Error(RosterImportErrorCode.InvalidYear, C.Year, text);
        return null;
    }

    private StudentLevel? ReadStudentLevel()
    {
        var cell = Cell(C.StudentLevel);
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        if (RosterVocabulary.TryStudentLevel(cell, out var level))
        {
            return level;
        }

        Error(RosterImportErrorCode.UnknownStudentLevel, C.StudentLevel, RosterText.Name(cell));
        return null;
    }

    private bool ReadYesNo(RosterColumn column)
    {
        var cell = Cell(column);
        if (string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        if (!RosterVocabulary.TryYesNo(cell, out var value))
        {
            Error(RosterImportErrorCode.InvalidYesNo, column, RosterText.Name(cell));
        }

        return value;
    }

    private string Cell(RosterColumn column) => map.Cell(_row, column);

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private bool Error(RosterImportErrorCode code, RosterColumn column, string? value)
    {
        errors.Add(new RosterImportError(code, sheet.Name, _row.Number, map.Header(column), value));
        _rowOk = false;
        return false;
    }
}
