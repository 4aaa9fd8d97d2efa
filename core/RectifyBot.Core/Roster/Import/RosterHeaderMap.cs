namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Which column of a sheet holds which roster column, read from its header row. Columns are located by header,
/// never by position, so the office may reorder or drop optional columns.
/// </summary>
public sealed class RosterHeaderMap
{
    private readonly Dictionary<RosterColumn, (int Index, string Header)> _columns;

    private RosterHeaderMap(Dictionary<RosterColumn, (int, string)> columns, bool hasAllRequired)
    {
        _columns = columns;
        HasAllRequired = hasAllRequired;
    }

    /// <summary>False when a required header is missing: the sheet's rows are then not read (every row would fail).</summary>
    public bool HasAllRequired { get; }

    /// <summary>Which kind of sheet this is: by its headers first (a CSV has no sheet name), then by the sheet name.</summary>
    public static RosterSheetKind? Classify(TabularSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var headers = sheet.Rows.Count > 0 ? sheet.Rows[0].Cells : [];
        if (headers.Any(RosterColumns.Number.Matches))
        {
            return RosterSheetKind.People;
        }

        if (headers.Any(RosterColumns.UnitCode.Matches))
        {
            return RosterSheetKind.Units;
        }

        var name = RosterColumn.HeaderKey(sheet.Name);
        return name switch
        {
            "单位" or "UNITS" => RosterSheetKind.Units,
            "人员" or "PEOPLE" => RosterSheetKind.People,
            _ => null,
        };
    }

    public static RosterHeaderMap Read(TabularSheet sheet, IReadOnlyList<RosterColumn> columns, ICollection<RosterImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(errors);
        var headerRow = sheet.Rows[0];
        var found = new Dictionary<RosterColumn, (int, string)>();
        for (var i = 0; i < headerRow.Cells.Count; i++)
        {
            var header = RosterText.Name(headerRow.Cells[i]);
            if (header.Length == 0)
            {
                continue;
            }

            var column = columns.FirstOrDefault(c => c.Matches(header));
            if (column is null)
            {
                errors.Add(new RosterImportError(RosterImportErrorCode.UnknownHeader, sheet.Name, headerRow.Number, header, header));
            }
            else if (!found.TryAdd(column, (i, header)))
            {
                errors.Add(new RosterImportError(RosterImportErrorCode.DuplicateHeader, sheet.Name, headerRow.Number, header, header));
            }
        }

        var missing = columns.Where(c => c.Required && !found.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            errors.Add(new RosterImportError(RosterImportErrorCode.MissingRequiredHeader, sheet.Name, headerRow.Number, column.Header));
        }

        return new RosterHeaderMap(found, missing.Count == 0);
    }

    /// <summary>The cell of a column in a row; empty when the sheet has no such column.</summary>
    public string Cell(TabularRow row, RosterColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _columns.TryGetValue(column, out var found) ? row.Cell(found.Index) : string.Empty;
    }

    /// <summary>The header as the file wrote it (for error messages), or the template's header when absent.</summary>
    public string Header(RosterColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return _columns.TryGetValue(column, out var found) ? found.Header : column.Header;
    }
}
