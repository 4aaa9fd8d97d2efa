using System.Net.WebSockets;
using System.Text.Json;

namespace RectifyBot.Testing.Playground;

/// <summary>
/// Collects what the Playground pushes to its page on /_ws_conversation/v1/conversations/stream:
/// the bot's messages. The Playground has no REST endpoint that lists messages; it buffers the
/// frames sent while no page is connected and hands them to the next one that connects.
/// </summary>
internal sealed class PlaygroundMessageStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private Exception? _failure;

    public IReadOnlyList<PlaygroundMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public async Task ConnectAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var uri = new UriBuilder(new Uri(baseAddress, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
        await _socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
        _receiving = ReceiveAsync(_stop.Token);
    }

    /// <summary>The first message (received so far or later) that matches; TimeoutException lists what did arrive.</summary>
    public async Task<PlaygroundMessage> WaitForAsync(Func<PlaygroundMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _messages.FirstOrDefault(predicate);
                if (found is not null)
                {
                    return found;
                }

                if (_failure is not null)
                {
                    throw new InvalidOperationException("The Playground's message stream failed.", _failure);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var seen = string.Join("\n", Messages.Select(m => m.Raw.GetRawText()));
                throw new TimeoutException($"No matching message from the Playground within {timeout}. Received:\n{seen}");
            }
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                using (var json = JsonDocument.Parse(frame.ToArray()))
                {
                    var message = PlaygroundMessage.Parse(json.RootElement);
                    if (message is not null)
                    {
                        Publish(message, failure: null);
                    }
                }

                frame.SetLength(0);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed.
        }
        catch (Exception e) when (e is WebSocketException or JsonException)
        {
            Publish(message: null, e);
        }
    }

    private void Publish(PlaygroundMessage? message, Exception? failure)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (message is not null)
            {
                _messages.Add(message);
            }

            _failure ??= failure;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        finally
        {
            _socket.Dispose();
            _stop.Dispose();
        }
    }
}
