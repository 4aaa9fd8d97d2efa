using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Surveys;

/// <summary>When answers are accepted: from <see cref="OpensAt"/> (inclusive) to <see cref="ClosesAt"/> (exclusive), both UTC.</summary>
public sealed record SurveyWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt)
{
    /// <summary>A window of whole China Standard Time days, first and last day included.</summary>
    public static SurveyWindow FromChinaDates(DateOnly firstDay, DateOnly lastDay) =>
        new(ChinaTime.StartOfDayUtc(firstDay), ChinaTime.EndOfDayUtc(lastDay));

    public bool IsValid => ClosesAt > OpensAt;

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    public bool HasClosedAt(DateTimeOffset now) => now >= ClosesAt;

    /// <summary>The last CST day on which answers are accepted (as users read the window).</summary>
    public DateOnly LastChinaDay => ChinaTime.DateOf(ClosesAt.AddTicks(-1));

    public DateOnly FirstChinaDay => ChinaTime.DateOf(OpensAt);
}
