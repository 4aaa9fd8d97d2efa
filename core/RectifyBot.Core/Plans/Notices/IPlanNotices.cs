using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Plans.Notices;

/// <summary>Renders a plan notice in the recipient's language (the bot's cards); the core decides who gets what and when.</summary>
public interface IPlanNotices
{
    Task<OutgoingMessage> RenderAsync(PlanNotice notice, CancellationToken cancellationToken = default);
}
