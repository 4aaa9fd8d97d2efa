using RectifyBot.Testing.Playground;

namespace RectifyBot.Bot.Tests.LocalRun;

/// <summary>One Playground (the committed config) in front of one <see cref="EchoBotEndpoint"/>, shared by a test class.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private EchoBotEndpoint? _bot;
    private PlaygroundProcess? _playground;

    internal EchoBotEndpoint Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public PlaygroundProcess Playground => _playground ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _bot = await EchoBotEndpoint.StartAsync();
        _playground = await PlaygroundProcess.StartAsync(_bot.Endpoint);
    }

    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
