namespace RectifyBot.Core.Surveys;

/// <summary>The outcome of sampling: who is asked, and per category how many fewer than the quota were available.</summary>
public sealed record SurveySample(IReadOnlyList<SampledParticipant> Participants, IReadOnlyDictionary<ParticipantCategory, int> Shortfalls);
