namespace RectifyBot.Core.Surveys;

/// <summary>A person drawn for a survey, the category they were drawn for and how they are reached.</summary>
public sealed record SampledParticipant(string Number, ParticipantCategory Category, ReplyChannel Channel);
