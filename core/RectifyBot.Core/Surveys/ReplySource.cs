namespace RectifyBot.Core.Surveys;

/// <summary>How an answer reached the survey. Every source goes through the same ingestion.</summary>
public enum ReplySource
{
    Teams,
    Web,
    Paper,
    Interview,
    SuggestionBox,
}
