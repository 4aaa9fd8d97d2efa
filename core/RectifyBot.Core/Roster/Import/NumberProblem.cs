namespace RectifyBot.Core.Roster.Import;

public enum NumberProblem
{
    None,

    /// <summary>Excel showed the number in scientific notation and the file kept only those digits.</summary>
    ScientificNotation,

    /// <summary>Characters no number can hold (quotes, control characters).</summary>
    Invalid,
}
