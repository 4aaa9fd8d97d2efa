using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Documents.Tables;

/// <summary>The sheets of an uploaded file, or why the file could not be read at all (EmptyFile, NotCsvOrXlsx, FileTooLarge).</summary>
public sealed record TabularFileResult
{
    private TabularFileResult(TabularFileKind? kind, IReadOnlyList<TabularSheet> sheets, RosterImportError? error)
    {
        Kind = kind;
        Sheets = sheets;
        Error = error;
    }

    public TabularFileKind? Kind { get; }

    public IReadOnlyList<TabularSheet> Sheets { get; }

    public RosterImportError? Error { get; }

    public static TabularFileResult Read(TabularFileKind kind, IReadOnlyList<TabularSheet> sheets) => new(kind, sheets, null);

    public static TabularFileResult Refused(RosterImportErrorCode code, string? value = null) => new(null, [], new RosterImportError(code, Value: value));
}
