namespace RectifyBot.Functions.Roster;

/// <summary>
/// The JSON answer of POST /api/roster/import. Status is imported | invalid | notAllowed | conflict | badRequest;
/// the other members are filled as the status needs. Messages are in the caller's language (Accept-Language).
/// </summary>
public sealed record RosterImportResponse(string Status)
{
    public string? Message { get; init; }

    public string? VersionId { get; init; }

    public string? OperatorNumber { get; init; }

    public DateTimeOffset? ImportedAt { get; init; }

    public bool? FullReplacement { get; init; }

    public IReadOnlyList<RosterImportPersonEntry>? Added { get; init; }

    public IReadOnlyList<RosterImportPersonEntry>? Changed { get; init; }

    public IReadOnlyList<RosterImportPersonEntry>? Deactivated { get; init; }

    public IReadOnlyList<string>? UnitsAdded { get; init; }

    public IReadOnlyList<string>? UnitsChanged { get; init; }

    public IReadOnlyList<string>? UnitsNotInFile { get; init; }

    public IReadOnlyList<RosterImportErrorEntry>? Errors { get; init; }
}

/// <summary>A person the import added, changed (with the changed fields) or deactivated.</summary>
public sealed record RosterImportPersonEntry(string Number, string Name, IReadOnlyList<string>? Fields = null);

/// <summary>One problem of the file: where it is, as codes, and the sentence the office reads.</summary>
public sealed record RosterImportErrorEntry(string Code, string? Sheet, int? Row, string? Column, string? Value, string Message);
