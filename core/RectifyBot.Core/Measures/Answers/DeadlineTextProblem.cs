namespace RectifyBot.Core.Measures.Answers;

/// <summary>Why a typed deadline is not a date; each has its own message so the member knows what to change.</summary>
public enum DeadlineTextProblem
{
    /// <summary>Not a date in any form we read ("尽快", "我想12月31日完成").</summary>
    Unreadable,

    /// <summary>Shaped like a date but no such day exists ("2月30日", "2026-13-01", "2027-02-29").</summary>
    Impossible,
}
