// Development tool only: runs the functions app's timer, queue and HTTP triggers without the Azure Functions host
// (Core Tools cannot be installed on this machine). Where Azure Functions Core Tools are present, use `func start`
// in functions/ instead. See README.md.

await using var app = RectifyBot.Functions.DevRunner.DevRunnerApp.Create(args);
await app.RunAsync();
