using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions.Delivery;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Everything the function classes need; used by the Functions worker (Program.cs) and by the development runner.</summary>
    public static IServiceCollection AddRectifyBotFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddRectifyBotQueues(configuration);
        services.AddOptions<RequeueUnsentOutboxOptions>().Bind(configuration.GetSection(RequeueUnsentOutboxOptions.SectionName));
        services.TryAddScoped<OutboxDelivery>();
        services.TryAddScoped<IOutboxDelivery>(sp => sp.GetRequiredService<OutboxDelivery>());
        services.TryAddScoped<UnsentOutboxSweep>();
        services.AddPortAdapters(configuration);
        return services;
    }
}
