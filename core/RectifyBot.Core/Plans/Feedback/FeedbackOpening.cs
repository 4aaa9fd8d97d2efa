using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// What opening a feedback window did: the survey that collects the ratings, how many people get a card in Teams, and
/// the one-time links for the others (in memory only: the publisher prints them; storage keeps their hashes).
/// <see cref="AlreadyOpen"/>: the window existed, nothing was asked again and no links are returned.
/// </summary>
public sealed record FeedbackOpening(string SurveyId, int InTeams, IReadOnlyList<IssuedToken> Links, bool AlreadyOpen)
{
    public int Asked => InTeams + Links.Count;
}
