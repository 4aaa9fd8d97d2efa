using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Bot.Hosting;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Tables;
using RectifyBot.Teams.Delivery;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>
/// The functions app's sending, in the test's process: delivers the notices a member's transitions left in the bot's
/// outbox through the production <see cref="OutboxDelivery"/> and <see cref="BotConnectorSender"/> (over the host's
/// anonymous CloudAdapter, built from the host's own DI) to the fake Teams, oldest first, as the queue function would.
/// </summary>
public sealed class OutboxCourier : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="storage">The bot's storage.</param>
    /// <param name="queuePrefix">The bot's queue prefix, where a test gave it queues of its own.</param>
    /// <param name="time">The functions app's clock, where a test moves time on (a window's end); the system's otherwise.</param>
    public OutboxCourier(StorageOptions storage, string? queuePrefix = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:TablePrefix"] = storage.TablePrefix,
            ["Storage:QueuePrefix"] = queuePrefix ?? storage.QueuePrefix,
            ["Delivery:MaxAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddRectifyBotHost(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        _services = services.BuildServiceProvider();
    }

    /// <summary>One of the host's services as a function would use it (e.g. the plan actions the ClosePlanWindows timer runs), on the courier's clock.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Delivers every pending notice in the member's partition, oldest first; returns their row keys and how each ended.</summary>
    public Task<IReadOnlyList<(string RowKey, OutboxStatus? Status)>> DeliverPendingAsync(string author) =>
        DeliverPendingAsync(TableMeasureRepository.TableName, author);

    /// <summary>Delivers every pending outbox row of one partition of one table (a survey's cards), oldest first.</summary>
    public async Task<IReadOnlyList<(string RowKey, OutboxStatus? Status)>> DeliverPendingAsync(string tableName, string partition)
    {
        var table = await _services.GetRequiredService<TableClientFactory>().GetTableAsync(tableName);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Kind eq {OutboxEntities.KindValue} and Status eq {nameof(OutboxStatus.Pending)}");
        var pending = await table.QueryAsync<TableEntity>(filter).ToListAsync();
        var delivery = _services.GetRequiredService<OutboxDelivery>();
        var delivered = new List<(string, OutboxStatus?)>();
        foreach (var row in pending.OrderBy(r => r.GetDateTimeOffset("CreatedAt")).ThenBy(r => r.RowKey, StringComparer.Ordinal))
        {
            delivered.Add((row.RowKey, await delivery.DeliverAsync(new OutboxMessageId(tableName, partition, row.RowKey))));
        }

        return delivered;
    }

    /// <summary>The functions app's SendSurveyInvitations for one survey: the production fan-out writes its cards to the outbox.</summary>
    public Task<int> FanOutSurveyAsync(string surveyId) =>
        _services.GetRequiredService<Core.Surveys.Teams.SurveyFanOut>().SendInvitationsAsync(surveyId);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
