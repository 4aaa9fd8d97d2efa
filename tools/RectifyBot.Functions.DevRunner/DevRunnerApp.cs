using Azure.Storage.Queues;
using Cronos;
using Microsoft.Extensions.Configuration.Memory;
using RectifyBot.Functions.DevRunner.Configuration;
using RectifyBot.Functions.DevRunner.Discovery;
using RectifyBot.Functions.DevRunner.Http;
using RectifyBot.Functions.DevRunner.Invocation;
using RectifyBot.Functions.DevRunner.Queues;
using RectifyBot.Functions.DevRunner.Timers;

namespace RectifyBot.Functions.DevRunner;

/// <summary>
/// Composes the development runner: the functions app's own DI registrations (AddRectifyBotFunctions), its function classes
/// found by reflection, one scheduler per timer, one poller per queue trigger, and HTTP triggers on this Kestrel
/// (http://127.0.0.1:7071 unless --urls says otherwise). Settings: "DevRunner:Functions" (comma-separated names to host,
/// all by default), "DevRunner:HostJson", "DevRunner:LocalSettings".
/// </summary>
public static class DevRunnerApp
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplication Create(string[] args, DevRunnerOptions? options = null)
    {
        options ??= new DevRunnerOptions();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (options.Settings.Count > 0)
        {
            builder.Configuration.Sources.Add(new MemoryConfigurationSource { InitialData = options.Settings });
        }

        var notes = new List<string>();
        FunctionsConfiguration.AddBelow(builder.Configuration, builder.Configuration, notes);
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var configuration = builder.Configuration;
        var only = (configuration["DevRunner:Functions"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var functions = FunctionDiscovery.Discover(options.Assemblies, only);

        var services = builder.Services;
        services.AddRectifyBotFunctions(configuration);
        options.ConfigureServices?.Invoke(services);
        services.AddMvcCore();
        services.AddSingleton<FunctionInvoker>();
        var queueSettings = configuration.GetSection(QueueHostSettings.SectionName).Get<QueueHostSettings>() ?? new QueueHostSettings();
        if (queueSettings.MaxDequeueCount < 1 || queueSettings.BatchSize is < 1 or > 32)
        {
            throw new InvalidOperationException("host.json extensions.queues: maxDequeueCount must be at least 1 and batchSize between 1 and 32.");
        }

        foreach (var function in functions)
        {
            string Resolve(string value) => SettingPlaceholders.Resolve(value, configuration, function.Name);
            switch (function.Kind)
            {
                case TriggerKind.Timer:
                    var schedule = CronExpression.Parse(Resolve(function.TriggerAs<Microsoft.Azure.Functions.Worker.TimerTriggerAttribute>().Schedule), CronFormat.IncludeSeconds);
                    services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<TimerScheduler>(sp, function, schedule));
                    break;
                case TriggerKind.Queue:
                    var connection = ConnectionString(configuration, function.TriggerAs<Microsoft.Azure.Functions.Worker.QueueTriggerAttribute>().Connection, function.Name);
                    var queueName = QueuePoller.QueueNameOf(function, Resolve, configuration["Storage:QueuePrefix"]);
                    var queue = new QueueClient(connection, queueName, QueuePoller.RawClientOptions());
                    var poison = new QueueClient(connection, Storage.Queues.QueueNames.PoisonOf(queueName), QueuePoller.RawClientOptions());
                    services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueuePoller>(sp, function, queue, poison, queueSettings));
                    break;
            }
        }

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RectifyBot.Functions.DevRunner");
        foreach (var note in notes)
        {
            LogNote(logger, note, null);
        }

        LogFunctions(logger, functions.Count, string.Join(", ", functions.Select(f => $"{f.Name} ({f.Kind})")), null);
        HttpTriggerEndpoints.Map(app, functions);
        return app;
    }

    /// <summary>As the host: "AzureWebJobs{name}" first, then "{name}", then ConnectionStrings:{name}; no name means AzureWebJobsStorage.</summary>
    private static string ConnectionString(ConfigurationManager configuration, string? name, string functionName)
    {
        name = string.IsNullOrWhiteSpace(name) ? "Storage" : name;
        return new[] { configuration["AzureWebJobs" + name], configuration[name], configuration.GetConnectionString(name) }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? throw new InvalidOperationException($"Function '{functionName}': connection setting '{name}' is not set.");
    }

    private static readonly Action<ILogger, string, Exception?> LogNote =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(1, "Note"), "Development runner (use `func start` where Azure Functions Core Tools are installed): {Note}");

    private static readonly Action<ILogger, int, string, Exception?> LogFunctions =
        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId(2, "Functions"), "Hosting {Count} function(s): {Functions}");
}
