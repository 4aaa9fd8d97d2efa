namespace RectifyBot.Core.Surveys;

/// <summary>Who entered a paper entry and when (the audit of paper ballots; the ballots themselves carry no one).</summary>
public sealed record PaperEntryRecord(string SurveyId, string EntryId, string EnteredByNumber, DateTimeOffset EnteredAt, int Answers, int Opinions);
