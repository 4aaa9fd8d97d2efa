namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Turns the structural problems of the roster an import would produce (<see cref="RosterValidation"/>) into import
/// errors the office can act on: each names the unit code or the person's number (Value) and a readable detail
/// (Column: a position or unit kind in the template's words, a parent code, or the units of a cycle).
/// </summary>
public static class RosterProblemErrors
{
    public static RosterImportError ToError(RosterProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var subject = problem.PersonNumber ?? problem.UnitCode;
        return problem.Kind switch
        {
            RosterProblemKind.NoUniversityCommittee => new(RosterImportErrorCode.RosterNoUniversityCommittee),
            RosterProblemKind.SeveralUniversityCommittees => new(RosterImportErrorCode.RosterSeveralUniversityCommittees, Value: subject),
            RosterProblemKind.UniversityCommitteeHasParent => new(RosterImportErrorCode.RosterUniversityCommitteeHasParent, Column: problem.Detail, Value: subject),
            RosterProblemKind.UnknownParentUnit => new(RosterImportErrorCode.RosterUnknownParentUnit, Column: problem.Detail, Value: subject),
            RosterProblemKind.MissingParentUnit => new(RosterImportErrorCode.RosterMissingParentUnit, Value: subject),
            RosterProblemKind.ParentOfWrongKind => new(RosterImportErrorCode.RosterParentOfWrongKind, Column: UnitKindLabel(problem.Detail), Value: subject),
            RosterProblemKind.UnitCycle => new(RosterImportErrorCode.RosterUnitCycle, Column: problem.Detail?.Replace(">", " → ", StringComparison.Ordinal), Value: subject),
            RosterProblemKind.UnknownPartyUnit => new(RosterImportErrorCode.RosterUnknownPartyUnit, Column: problem.Detail, Value: subject),
            RosterProblemKind.MemberWithoutPartyUnit => new(RosterImportErrorCode.RosterMemberWithoutPartyUnit, Value: subject),
            RosterProblemKind.PostWithoutUnit => new(RosterImportErrorCode.RosterPostWithoutUnit, Value: subject),
            RosterProblemKind.UnknownPostUnit => new(RosterImportErrorCode.RosterUnknownPostUnit, Column: problem.Detail, Value: subject),
            RosterProblemKind.PostUnitOfWrongKind => new(RosterImportErrorCode.RosterPostUnitOfWrongKind, Column: problem.UnitCode, Value: subject),
            RosterProblemKind.HoldingWithoutUnit => new(RosterImportErrorCode.RosterHoldingWithoutUnit, Column: PositionLabel(problem.Detail), Value: subject),
            RosterProblemKind.UnknownHoldingUnit => new(RosterImportErrorCode.RosterUnknownHoldingUnit, Column: PositionLabel(problem.Detail) + "@" + problem.UnitCode, Value: subject),
            RosterProblemKind.HoldingUnitOfWrongKind => new(RosterImportErrorCode.RosterHoldingUnitOfWrongKind, Column: PositionLabel(problem.Detail) + "@" + problem.UnitCode, Value: subject),
            RosterProblemKind.UnknownLiaisonUnit => new(RosterImportErrorCode.RosterUnknownLiaisonUnit, Column: problem.Detail, Value: subject),
            _ => new(RosterImportErrorCode.RosterLiaisonNotSchoolLeader, Value: subject),
        };
    }

    private static string? UnitKindLabel(string? detail) =>
        Enum.TryParse<UnitKind>(detail, out var kind) ? RosterVocabulary.Label(kind) : detail;

    private static string? PositionLabel(string? detail) =>
        Enum.TryParse<Position>(detail, out var position) ? RosterVocabulary.Label(position) : detail;
}
