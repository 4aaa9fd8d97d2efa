namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Everything that can be wrong with a roster file. Each code has a message in both languages
/// (cards: RosterImport_{code}) that says what is wrong and how to fix it.
/// </summary>
public enum RosterImportErrorCode
{
    // The file as a whole.
    EmptyFile,
    NotCsvOrXlsx,
    FileTooLarge,
    UnrecognisedSheet,

    // Headers.
    MissingRequiredHeader,
    UnknownHeader,
    DuplicateHeader,

    // Units sheet.
    MissingUnitCode,
    MissingUnitName,
    DuplicateUnitCode,
    UnknownUnitKind,
    MissingParentUnit,
    UnitCycle,

    // People sheet.
    MissingIdentity,
    MissingName,
    DuplicateNumber,
    DuplicateUpn,
    NumberInScientificNotation,
    InvalidNumber,
    UnknownUnit,
    UnknownPartyStatus,
    PostWithoutUnit,
    PostWithoutRank,
    UnknownPostUnit,
    PostUnitNotAdministrative,
    MoreThanOnePost,
    UnknownPostRank,
    UnknownPositionName,
    PositionWithoutUnit,
    PositionInWrongUnitKind,
    InvalidYear,
    UnknownStudentLevel,
    InvalidYesNo,
}
