using Microsoft.Extensions.Options;
using RectifyBot.Core.Conversations;
using RectifyBot.Storage;
using RectifyBot.Storage.Conversations;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Processes;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>The built bot as its own process, with its tables in Azurite under a prefix of its own, and a look into them.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private RunningBot(HostProcess process, StorageOptions storage)
    {
        Process = process;
        Storage = storage;
        Tables = new TableClientFactory(Options.Create(storage));
        AddressBook = new TableConversationAddressBook(Tables);
    }

    public HostProcess Process { get; }

    public Uri MessagesEndpoint => new(Process.BaseAddress, "api/messages");

    /// <summary>Where the bot keeps its state: a second process started with it shares every table.</summary>
    public StorageOptions Storage { get; }

    /// <summary>The bot's own tables, to arrange and inspect what it stores.</summary>
    public TableClientFactory Tables { get; }

    /// <summary>The addresses the bot stored, read straight from its tables.</summary>
    public IConversationAddressBook AddressBook { get; }

    /// <summary>
    /// Starts the bot on tables of its own, or on <paramref name="storage"/> (another process's: a restart or a second
    /// instance); <paramref name="arrange"/> runs against its tables first (e.g. to import a roster).
    /// </summary>
    public static async Task<RunningBot> StartAsync(
        AzuriteFixture azurite,
        IReadOnlyDictionary<string, string?>? settings = null,
        Func<TableClientFactory, Task>? arrange = null,
        StorageOptions? storage = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        storage ??= new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.UniquePrefix() };
        if (arrange is not null)
        {
            await arrange(new TableClientFactory(Options.Create(storage)));
        }

        var environment = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage__ConnectionString"] = storage.ConnectionString,
            ["Storage__TablePrefix"] = storage.TablePrefix,
        };
        var process = await HostProcess.StartAsync(BuiltHost.Bot, environment);
        return new RunningBot(process, storage);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
