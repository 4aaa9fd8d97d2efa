namespace RectifyBot.Core.Surveys;

/// <summary>How many people of a category to ask. For <see cref="ParticipantCategory.ServiceRecipient"/>: how many unnamed links to issue.</summary>
public sealed record CategoryQuota(ParticipantCategory Category, int Count);
