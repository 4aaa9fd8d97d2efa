using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Measures.Notices;

/// <summary>Renders a notice in the recipient's language (the bot's cards); the core decides who gets what and when.</summary>
public interface IMeasureNotices
{
    Task<OutgoingMessage> RenderAsync(MeasureNotice notice, CancellationToken cancellationToken = default);
}
