namespace RectifyBot.Core.Mechanisms;

/// <summary>What is wrong with one field of a mechanism as typed.</summary>
public sealed record MechanismProblem(MechanismField Field, MechanismProblemKind Kind);
