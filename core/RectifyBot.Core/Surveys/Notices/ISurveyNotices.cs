using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Surveys.Notices;

/// <summary>Renders a survey notice in the recipient's language (the bot's cards); the core decides who gets what.</summary>
public interface ISurveyNotices
{
    Task<OutgoingMessage> RenderAsync(SurveyNotice notice, CancellationToken cancellationToken = default);
}
