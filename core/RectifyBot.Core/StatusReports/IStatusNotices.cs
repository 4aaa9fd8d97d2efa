using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.StatusReports;

/// <summary>Renders a status notice in the recipient's language (the bot's cards); the core decides who is told and when.</summary>
public interface IStatusNotices
{
    Task<OutgoingMessage> RenderAsync(StatusNotice notice, CancellationToken cancellationToken = default);
}
