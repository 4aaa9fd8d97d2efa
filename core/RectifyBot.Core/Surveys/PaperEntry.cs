namespace RectifyBot.Core.Surveys;

/// <summary>
/// One entry of paper ballots or interview notes (no names): counts per category and the transcribed opinions.
/// <see cref="EntryId"/> comes from the form, so entering the same form twice counts it once.
/// </summary>
public sealed record PaperEntry(string SurveyId, string EntryId, ReplySource Source, IReadOnlyList<PaperCount> Counts, IReadOnlyList<string> Opinions);
