using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using RectifyBot.Functions;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((context, services) => services.AddRectifyBotFunctions(context.Configuration))
    .Build();
await host.RunAsync();
