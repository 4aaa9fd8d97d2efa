using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RectifyBot.Functions;

/// <summary>
/// The one place where the adapters for the core's ports are registered for the Functions app:
/// <list type="bullet">
/// <item><c>services.AddRectifyBotStorage(configuration)</c>: IOutbox and IConversationAddressBook over Table Storage (core/RectifyBot.Storage).</item>
/// <item><c>services.AddRectifyBotDelivery(configuration)</c>: IMessageSender over the Bot Connector and the CloudAdapter it sends with (bot/RectifyBot.Teams).</item>
/// </list>
/// Those registrations are being written on other branches; they are added here when merged.
/// Until then OutboxDelivery and UnsentOutboxSweep cannot be resolved outside tests, which register doubles for the ports.
/// </summary>
internal static class PortAdapters
{
    public static IServiceCollection AddPortAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
