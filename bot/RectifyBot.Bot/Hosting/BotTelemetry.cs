using Azure.Monitor.OpenTelemetry.AspNetCore;

namespace RectifyBot.Bot.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs to Application Insights (Azure Monitor distro), switched on only by
/// APPLICATIONINSIGHTS_CONNECTION_STRING: without it (local runs, tests) nothing is registered and nothing is sent.
/// What the logs may carry is docs/conventions.md's "never logged" list, unchanged by the exporter.
/// </summary>
public static class BotTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddRectifyBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddOpenTelemetry().UseAzureMonitor(o => o.ConnectionString = connectionString);
        }

        return services;
    }
}
