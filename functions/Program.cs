using Microsoft.Extensions.Hosting;
var host = new HostBuilder().ConfigureFunctionsWebApplication().Build();
await host.RunAsync();
