namespace RectifyBot.Core.Surveys;

/// <summary>One category's share of a survey's results (shown only with at least 5 answers).</summary>
public sealed record CategoryTally(ParticipantCategory Category, int Answers, SatisfactionCounts Counts);
