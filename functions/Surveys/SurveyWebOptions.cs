namespace RectifyBot.Functions.Surveys;

/// <summary>Settings of the web survey form (section "SurveyWeb").</summary>
public sealed class SurveyWebOptions
{
    public const string SectionName = "SurveyWeb";

    /// <summary>
    /// Base64 key (32 bytes or more) that signs each page's form token. Secret; the same on every instance. Empty: a
    /// random key per process (local runs only: a page served by one instance is refused by another).
    /// </summary>
    public string? FormKey { get; set; }

    /// <summary>
    /// Opinions one unit's web suggestion box takes per hour, across all instances (<see cref="Core.Surveys.ISuggestionBoxQuota"/>);
    /// beyond it the form asks to come back in the next hour and keeps the text. Teams users are not counted.
    /// </summary>
    public int SuggestionsPerUnitPerHour { get; set; } = 60;
}
