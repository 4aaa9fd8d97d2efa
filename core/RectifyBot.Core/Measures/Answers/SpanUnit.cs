namespace RectifyBot.Core.Measures.Answers;

/// <summary>The unit of a relative deadline ("3天后", "in 2 weeks").</summary>
internal enum SpanUnit
{
    Day,
    Week,
    Month,
}
