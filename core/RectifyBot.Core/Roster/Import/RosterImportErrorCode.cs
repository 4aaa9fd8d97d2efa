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

    // The roster as it would be after the import (the file merged with the roster in force), from RosterValidation.
    // Located by the unit code or person number in Value (the person may not be in the file), Column = a detail.
    RosterNoUniversityCommittee,
    RosterSeveralUniversityCommittees,
    RosterUniversityCommitteeHasParent,
    RosterUnknownParentUnit,
    RosterMissingParentUnit,
    RosterParentOfWrongKind,
    RosterUnitCycle,
    RosterUnknownPartyUnit,
    RosterMemberWithoutPartyUnit,
    RosterPostWithoutUnit,
    RosterUnknownPostUnit,
    RosterPostUnitOfWrongKind,
    RosterHoldingWithoutUnit,
    RosterUnknownHoldingUnit,
    RosterHoldingUnitOfWrongKind,
    RosterUnknownLiaisonUnit,
    RosterLiaisonNotSchoolLeader,
}
