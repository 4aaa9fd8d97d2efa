namespace RectifyBot.Core.Measures.Answers;

/// <summary>A typed problem area: <see cref="Area"/> is set when it was recognised, allowed (Read) or not (NotAllowed).</summary>
public sealed record AreaReading(AreaAnswer Answer, ProblemArea? Area)
{
    public static AreaReading Unreadable { get; } = new(AreaAnswer.Unreadable, null);
}
