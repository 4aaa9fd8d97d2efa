namespace RectifyBot.Core.Surveys;

/// <summary>The fixed limits of surveys (anonymity thresholds are rules, not settings: docs/anonymity.md).</summary>
public static class SurveyLimits
{
    /// <summary>Longest opinion accepted, in characters (well under Table Storage's 32K-character property).</summary>
    public const int OpinionMaxLength = 2000;

    /// <summary>A category is stored on answers only where at least this many of the unit's category were asked; breakdowns need this many answers.</summary>
    public const int SmallestGroup = 5;

    /// <summary>Held answers are written in shuffled batches of at least this many (or all at window close).</summary>
    public const int MinimumBatch = 5;

    public const int MaxExtraQuestions = 5;

    public const int QuestionMaxLength = 200;

    /// <summary>Largest quota per category (the fan-out and the printable sheet are sized for it).</summary>
    public const int MaxQuota = 20_000;
}
