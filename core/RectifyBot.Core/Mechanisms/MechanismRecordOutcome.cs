namespace RectifyBot.Core.Mechanisms;

/// <summary>The result of recording a mechanism, the problems by field when invalid, and the mechanism as saved.</summary>
public sealed record MechanismRecordOutcome(MechanismRecordResult Result, IReadOnlyList<MechanismProblem> Problems, Mechanism? Mechanism)
{
    public static MechanismRecordOutcome Refused(MechanismRecordResult result) => new(result, [], null);
}
