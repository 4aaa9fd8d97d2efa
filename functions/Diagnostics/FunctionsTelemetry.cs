using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RectifyBot.Functions.Diagnostics;

/// <summary>
/// The worker's traces, metrics and logs to Application Insights through OpenTelemetry, switched on only by
/// APPLICATIONINSIGHTS_CONNECTION_STRING (the setting the Bicep gives the app): without it nothing is registered.
/// Logs keep docs/conventions.md's "never logged" list; the exporter adds nothing of a person.
/// </summary>
public static class FunctionsTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddRectifyBotFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddOpenTelemetry()
                .UseFunctionsWorkerDefaults()
                .UseAzureMonitorExporter(o => o.ConnectionString = connectionString);
        }

        return services;
    }
}
