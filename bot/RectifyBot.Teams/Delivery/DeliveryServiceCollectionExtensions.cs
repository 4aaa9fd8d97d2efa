using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Teams.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The configuration key of the bot's app id (empty when running anonymously).</summary>
    public const string BotAppIdKey = "MicrosoftAppId";

    /// <summary>
    /// Registers <see cref="DeliveryOptions"/> (section "Delivery"), <see cref="IMessageSender"/> (<see cref="BotConnectorSender"/>),
    /// <see cref="OutboxDelivery"/> and <see cref="TimeProvider.System"/> (if no clock is registered). The sender takes its
    /// slots from the <see cref="ISendBudget"/> that AddRectifyBotStorage registers.
    /// The host registers the adapter (as CloudAdapter, BotAdapter or IBotFrameworkHttpAdapter) with its authentication,
    /// and the outbox and address book (AddRectifyBotStorage).
    /// </summary>
    public static IServiceCollection AddRectifyBotDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .Validate(o => o.MaxAttempts >= 1 && o.BaseDelay >= TimeSpan.Zero && o.MaxRetryAfter >= TimeSpan.Zero && o.AttemptTimeout > TimeSpan.Zero, "Delivery options out of range")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageSender>(sp => new BotConnectorSender(
            ResolveAdapter(sp),
            configuration[BotAppIdKey],
            sp.GetRequiredService<IOptions<DeliveryOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotConnectorSender>>(),
            sp.GetRequiredService<ISendBudget>()));
        // A live sender finishes every attempt and every wait within this; a claim older than it is a dead sender's.
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DeliveryOptions>>().Value;
            return new OutboxClaimLease((o.AttemptTimeout + o.MaxRetryAfter) * o.MaxAttempts + TimeSpan.FromMinutes(1));
        });
        services.TryAddTransient<OutboxDelivery>();
        return services;
    }

    private static BotAdapter ResolveAdapter(IServiceProvider services) =>
        services.GetService<CloudAdapter>()
        ?? services.GetService<BotAdapter>()
        ?? services.GetService<IBotFrameworkHttpAdapter>() as BotAdapter
        ?? throw new InvalidOperationException("Proactive delivery needs the host's CloudAdapter: register it (as CloudAdapter, BotAdapter or IBotFrameworkHttpAdapter) before resolving IMessageSender.");
}
