namespace RectifyBot.Bot.Surveys;

/// <summary>Settings of the survey links the bot hands out (section "SurveyWeb", shared in name with the functions' web form).</summary>
public sealed class SurveyLinkOptions
{
    public const string SectionName = "SurveyWeb";

    /// <summary>The functions app's public address (https://…) that one-time links start with; empty: the sheet lists the paths only.</summary>
    public string? PublicBaseUrl { get; set; }
}
