using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using RectifyBot.Functions;
using RectifyBot.Functions.Diagnostics;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication(worker => worker.UseMiddleware<InvocationCorrelation>())
    .ConfigureServices((context, services) => services
        .AddRectifyBotFunctions(context.Configuration)
        .AddRectifyBotFunctionsTelemetry(context.Configuration))
    .Build();
await host.RunAsync();
