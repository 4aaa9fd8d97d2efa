var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "RectifyBot");
await app.RunAsync();
