using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Testing.Files;

/// <summary>Roster files as the office would upload them, written from roster people (template headers and words).</summary>
public static class RosterFiles
{
    /// <summary>An .xlsx with one sheet 人员 holding the people, every cell an inline string.</summary>
    public static byte[] PeopleXlsx(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(1, RosterColumns.People.Select(c => c.Header).ToList()));
            var number = 2U;
            foreach (var person in people)
            {
                data.AppendChild(Row(number++, Cells(person)));
            }

            part.Worksheet = new Worksheet(data);
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1U, Name = RosterColumns.PeopleSheet });
        }

        return stream.ToArray();
    }

    /// <summary>The person's cells in the order of <see cref="RosterColumns.People"/>.</summary>
    public static IReadOnlyList<string> Cells(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return
        [
            person.Number, person.Name, person.Upn ?? "", person.Email ?? "", person.PartyUnitCode ?? "",
            person.PartyStatus switch { PartyStatus.Full => "正式党员", PartyStatus.Probationary => "预备党员", _ => "群众" },
            person.Post?.UnitCode ?? "", person.Post is null ? "" : person.Post.Rank == PostRank.Head ? "正职" : "副职",
            string.Join('、', person.Positions.Select(p => RosterVocabulary.Label(p.Position) + (p.UnitCode is null ? "" : "@" + p.UnitCode))),
            string.Join('、', person.LiaisonUnitCodes),
            person.ClassName ?? "", person.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
            person.StudentLevel switch { StudentLevel.Undergraduate => "本科", StudentLevel.Graduate => "研究生", _ => "" },
            person.Major ?? "", person.DemocraticParty ?? "", person.Retired ? "是" : "否",
        ];
    }

    private static Row Row(uint number, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            row.AppendChild(new Cell
            {
                CellReference = ((char)('A' + i)).ToString() + number.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[i])),
            });
        }

        return row;
    }
}
