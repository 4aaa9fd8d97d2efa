using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Functions.DevRunner.Discovery;
using RectifyBot.Functions.DevRunner.Invocation;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions.DevRunner.Queues;

/// <summary>
/// Polls one queue for one queue-triggered function, with host.json's settings:
/// messages are read raw and decoded here (Base64 unless messageEncoding is "none"); a message that is not valid
/// Base64 goes to the poison queue at once, as the host's queue extension does, and the function never sees it;
/// a failed invocation makes the message visible again after visibilityTimeout, and once it has been dequeued
/// maxDequeueCount times it moves to &lt;queue&gt;-poison. Messages run concurrently: up to batchSize + newBatchThreshold at once.
/// </summary>
public sealed partial class QueuePoller(
    DiscoveredFunction function,
    QueueClient queue,
    QueueClient poisonQueue,
    QueueHostSettings settings,
    FunctionInvoker invoker,
    TimeProvider clock,
    ILogger<QueuePoller> logger) : BackgroundService
{
    /// <summary>While a message is processed it stays invisible this long (no lease renewal here: functions are short).</summary>
    public static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan FirstPollingInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Raw clients: the runner decodes itself, so that a wrongly encoded message is seen and handled instead of skipped.</summary>
    public static QueueClientOptions RawClientOptions() => new() { MessageEncoding = QueueMessageEncoding.None };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = FirstPollingInterval;
        var queueReady = false;
        var inFlight = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // As the host does: fetch the next batch once no more than newBatchThreshold messages are still running,
                // so one slow message (a 429 waiting for Retry-After) does not hold up the rest of its batch.
                inFlight.RemoveAll(t => t.IsCompleted);
                if (inFlight.Count > settings.EffectiveNewBatchThreshold)
                {
                    await Task.WhenAny(inFlight).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    if (!queueReady)
                    {
                        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
                        queueReady = true;
                        LogListening(function.Name, queue.Name, settings.MessageEncoding, settings.MaxDequeueCount);
                    }

                    QueueMessage[] messages = await queue.ReceiveMessagesAsync(settings.BatchSize, ProcessingLease, stoppingToken).ConfigureAwait(false);
                    if (messages.Length > 0)
                    {
                        idle = FirstPollingInterval;
                        inFlight.AddRange(messages.Select(m => ProcessLoggingStorageFailuresAsync(m, stoppingToken)));
                        continue;
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (RequestFailedException ex)
                {
                    LogStorageFailed(ex, queue.Name);
                }

                try
                {
                    await Task.Delay(idle, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, Math.Max(settings.MaxPollingInterval.Ticks, FirstPollingInterval.Ticks)));
            }
        }
        finally
        {
            // Stopping: the running invocations give their messages back (or finish) before the poller ends.
            await Task.WhenAll(inFlight).ConfigureAwait(false);
        }
    }

    private async Task ProcessLoggingStorageFailuresAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(message, stoppingToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            // Deleting or moving the message failed: it reappears when its lease ends and is handled again.
            LogStorageFailed(ex, queue.Name);
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            // Dequeued before by a runner that stopped mid-invocation.
            await MoveToPoisonAsync(message).ConfigureAwait(false);
            return;
        }

        BinaryData body;
        try
        {
            body = settings.IsBase64 ? BinaryData.FromBytes(Convert.FromBase64String(message.MessageText)) : message.Body;
        }
        catch (FormatException)
        {
            LogNotBase64(function.Name, queue.Name, message.MessageId);
            await MoveToPoisonAsync(message).ConfigureAwait(false);
            return;
        }

        var bindingData = new Dictionary<string, object?>
        {
            ["Id"] = message.MessageId,
            ["DequeueCount"] = message.DequeueCount,
            ["InsertionTime"] = message.InsertedOn,
            ["NextVisibleTime"] = message.NextVisibleOn,
            ["ExpirationTime"] = message.ExpiresOn,
        };
        try
        {
            await invoker.InvokeAsync(function, (parameter, _) => QueueMessageBinding.Bind(parameter, message, body), bindingData, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: give the message back for the next run, without counting it as a failure of the function.
            await ReleaseAsync(message, TimeSpan.Zero).ConfigureAwait(false);
            return;
        }
        catch (Exception) when (message.DequeueCount >= settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(message).ConfigureAwait(false);
            return;
        }
        catch (Exception)
        {
            await ReleaseAsync(message, settings.VisibilityTimeout).ConfigureAwait(false);
            return;
        }

        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task ReleaseAsync(QueueMessage message, TimeSpan visibilityTimeout)
    {
        try
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            // The message reappears anyway when its processing lease ends.
            LogStorageFailed(ex, queue.Name);
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message)
    {
        LogPoisoned(function.Name, message.MessageId, message.DequeueCount, poisonQueue.Name);
        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
        await poisonQueue.SendMessageAsync(message.MessageText, CancellationToken.None).ConfigureAwait(false);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None).ConfigureAwait(false);
    }

    public static string QueueNameOf(DiscoveredFunction function, Func<string, string> resolve, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(resolve);
        return QueueNames.Qualify(prefix, resolve(function.TriggerAs<QueueTriggerAttribute>().QueueName));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Function '{Function}' listens on queue '{Queue}' (encoding {Encoding}, maxDequeueCount {MaxDequeueCount})")]
    private partial void LogListening(string function, string queue, string encoding, int maxDequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue '{Queue}' is unreachable; polling again shortly")]
    private partial void LogStorageFailed(Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function '{Function}': message {MessageId} on queue '{Queue}' is not Base64 although host.json says messageEncoding base64 (a producer without QueueMessageEncoding.Base64?)")]
    private partial void LogNotBase64(string function, string queue, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function '{Function}': message {MessageId} dequeued {DequeueCount} time(s) moves to '{PoisonQueue}'")]
    private partial void LogPoisoned(string function, string messageId, long dequeueCount, string poisonQueue);
}
