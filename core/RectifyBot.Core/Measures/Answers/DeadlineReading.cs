namespace RectifyBot.Core.Measures.Answers;

/// <summary>A typed deadline as read: the CST calendar date, or why there is none (exactly one of the two is set).</summary>
public sealed record DeadlineReading(DateOnly? Date, DeadlineTextProblem? Problem)
{
    public static DeadlineReading Unreadable { get; } = new(null, DeadlineTextProblem.Unreadable);

    public static DeadlineReading Impossible { get; } = new(null, DeadlineTextProblem.Impossible);

    public bool IsRead => Date is not null;

    public static DeadlineReading Of(DateOnly date) => new(date, null);
}
