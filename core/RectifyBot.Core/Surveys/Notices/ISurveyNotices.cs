using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Surveys.Notices;

/// <summary>Renders a survey notice in the recipient's language (the bot's cards); the core decides who gets what.</summary>
public interface ISurveyNotices
{
    Task<OutgoingMessage> RenderAsync(SurveyNotice notice, CancellationToken cancellationToken = default);

    /// <summary>A digest of a unit's suggestion-box opinions (one written batch or more) for one of its leaders.</summary>
    Task<OutgoingMessage> RenderDigestAsync(Roster.Person recipient, string unitName, IReadOnlyList<string> opinions, CancellationToken cancellationToken = default);
}
