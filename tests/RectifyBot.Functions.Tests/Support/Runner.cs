using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Functions.DevRunner;
using RectifyBot.Testing;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>Starts the development runner in this process on a free loopback port, hosting only the named functions.</summary>
public sealed class Runner : IAsyncDisposable
{
    private Runner(WebApplication app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }

    public string BaseUrl { get; }

    public static async Task<Runner> StartAsync(
        string functions,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        params Assembly[] assemblies)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["urls"] = baseUrl,
            ["DevRunner:Functions"] = functions,
        };
        var app = DevRunnerApp.Create([], new DevRunnerOptions
        {
            Assemblies = assemblies.Length > 0 ? assemblies : [typeof(FunctionsServiceCollectionExtensions).Assembly],
            Settings = all,
            ConfigureServices = services,
        });
        await app.StartAsync();
        return new Runner(app, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
