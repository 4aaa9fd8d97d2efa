namespace RectifyBot.Core.Roster.Import;

/// <summary>A staff or student number as read from a cell, with what (if anything) is wrong with it.</summary>
public readonly record struct NumberReading(string Value, NumberProblem Problem);
