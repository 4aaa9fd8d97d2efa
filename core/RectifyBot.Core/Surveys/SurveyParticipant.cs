namespace RectifyBot.Core.Surveys;

/// <summary>Who was asked, and whether they answered (for one answer per person and one reminder). Holds no answer.</summary>
public sealed record SurveyParticipant(string Number, ParticipantCategory Category, ReplyChannel Channel, bool Answered, bool Reminded);
