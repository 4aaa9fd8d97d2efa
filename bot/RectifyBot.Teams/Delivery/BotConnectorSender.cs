using System.Globalization;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Polly;
using Polly.Retry;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Teams.Delivery;

/// <summary>
/// Sends proactively through the Bot Connector (<see cref="BotAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>
/// of the host's CloudAdapter), with Teams' retry rules:
/// 429 waits for Retry-After (up to <see cref="DeliveryOptions.MaxRetryAfter"/>, else Failed for the queue to retry later);
/// 412/502/503/504 and connection failures before the request was sent back off exponentially with jitter;
/// 403/404 (and 400) are Undeliverable; a timeout, a reset after sending, or an unexpected 5xx is Ambiguous and not retried,
/// because the message may have arrived. Delays go through <see cref="TimeProvider"/>.
/// Every attempt, retries included, first takes a slot of the app's global <see cref="ISendBudget"/>.
/// </summary>
public sealed partial class BotConnectorSender : IMessageSender
{
    private readonly BotAdapter _adapter;
    private readonly string _botAppId;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<BotConnectorSender> _logger;
    private readonly ResiliencePipeline<SendAttempt> _pipeline;
    private readonly ISendBudget? _budget;

    /// <param name="adapter">The host's CloudAdapter.</param>
    /// <param name="botAppId">The bot's app id (empty when anonymous).</param>
    /// <param name="options">Retry rules.</param>
    /// <param name="clock">Time for every delay.</param>
    /// <param name="logger">Logs status codes and outcomes, never content.</param>
    /// <param name="budget">The shared send budget every attempt takes a slot from; null only where nothing else sends (tests of one class).</param>
    public BotConnectorSender(BotAdapter adapter, string? botAppId, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<BotConnectorSender> logger, ISendBudget? budget = null)
    {
        _budget = budget;
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(options);
        _adapter = adapter;
        _botAppId = botAppId ?? "";
        _options = options.Value;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        if (_options.MaxAttempts < 1)
        {
            throw new ArgumentException("Delivery:MaxAttempts must be at least 1.", nameof(options));
        }

        var builder = new ResiliencePipelineBuilder<SendAttempt> { TimeProvider = clock };
        if (_options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<SendAttempt>
            {
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is SendAttempt.Transient),
                MaxRetryAttempts = _options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxRetryAfter,
                DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Result is SendAttempt.Transient { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
                OnRetry = args =>
                {
                    if (args.Outcome.Result is SendAttempt.Transient transient)
                    {
                        LogRetrying(args.AttemptNumber + 1, transient.Reason, args.RetryDelay);
                    }

                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.Build();
    }

    public async Task<SendOutcome> SendAsync(ConversationAddress address, OutgoingMessage message, string? replacesActivityId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(message);
        if (TryCreateActivity(message, out var problem) is null)
        {
            return new SendOutcome.Undeliverable(problem);
        }

        var reference = ConversationAddresses.ToReference(address);
        SendAttempt result;
        try
        {
            result = await _pipeline.ExecuteAsync(
                static (state, ct) => state.Self.AttemptAsync(state.Reference, state.Message, state.Replaces, ct),
                (Self: this, Reference: reference, Message: message, Replaces: replacesActivityId),
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled while waiting to retry: the last attempt was refused, so nothing reached the channel.
            return new SendOutcome.Failed("cancelled before the next attempt");
        }

        var outcome = result switch
        {
            SendAttempt.Delivered delivered => (SendOutcome)new SendOutcome.Sent(delivered.ActivityId ?? replacesActivityId, address.ConversationId),
            SendAttempt.Final final => final.Outcome,
            SendAttempt.Transient transient => new SendOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"{transient.Reason} (after {_options.MaxAttempts} attempts)")),
            _ => throw new InvalidOperationException("Unknown send attempt " + result.GetType().Name),
        };
        LogOutcome(outcome.GetType().Name);
        return outcome;
    }

    private async ValueTask<SendAttempt> AttemptAsync(ConversationReference reference, OutgoingMessage message, string? replacesActivityId, CancellationToken cancellationToken)
    {
        // A fresh activity per attempt: the turn context stamps ids and addresses on it.
        if (_budget is not null)
        {
            await _budget.TakeSlotAsync(cancellationToken).ConfigureAwait(false);
        }

        var activity = TryCreateActivity(message, out _)!;
        activity.Id = replacesActivityId;
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var sendStarted = false;
        Exception? failure = null;
        ResourceResponse? response = null;
        try
        {
            await _adapter.ContinueConversationAsync(
                _botAppId,
                reference,
                async (turn, ct) =>
                {
                    // The continuation activity has a made-up id; without this the send would be a reply to it.
                    turn.OnSendActivities(static (_, activities, next) =>
                    {
                        foreach (var outgoing in activities)
                        {
                            outgoing.ReplyToId = null;
                        }

                        return next();
                    });
                    sendStarted = true;
                    try
                    {
                        response = replacesActivityId is null
                            ? await turn.SendActivityAsync(activity, ct).ConfigureAwait(false)
                            : await turn.UpdateActivityAsync(activity, ct).ConfigureAwait(false);
                    }
#pragma warning disable CA1031 // Every failure of the send is classified below; none may reach the adapter's OnTurnError.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        failure = ex;
                    }
                },
                linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!sendStarted && ex is not OperationCanceledException)
        {
            // Failed before the request existed (e.g. the adapter could not get a token): nothing was sent.
            return new SendAttempt.Transient("could not prepare the send: " + ex.GetType().Name, null);
        }

        if (failure is not null)
        {
            return Classify(failure, timedOut: timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested);
        }

        return sendStarted
            ? new SendAttempt.Delivered(response?.Id)
            : new SendAttempt.Final(new SendOutcome.Failed("the adapter did not run the send"));
    }

    private SendAttempt Classify(Exception failure, bool timedOut)
    {
        switch (failure)
        {
            case ErrorResponseException { Response: { } response }:
                var status = (int)response.StatusCode;
                var reason = string.Create(CultureInfo.InvariantCulture, $"{status} {response.StatusCode}");
                switch (response.StatusCode)
                {
                    case HttpStatusCode.TooManyRequests:
                        var wait = RetryAfterHeader.Parse(response.Headers, _clock.GetUtcNow());
                        if (wait > _options.MaxRetryAfter)
                        {
                            return new SendAttempt.Final(new SendOutcome.Failed(string.Create(
                                CultureInfo.InvariantCulture,
                                $"{reason}: Retry-After {wait.Value.TotalSeconds:0}s is longer than {_options.MaxRetryAfter.TotalSeconds:0}s")));
                        }

                        return new SendAttempt.Transient(reason, wait);
                    case HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                        return new SendAttempt.Transient(reason, null);
                    case HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge:
                        return new SendAttempt.Final(new SendOutcome.Undeliverable(reason, status));
                    case HttpStatusCode.Unauthorized:
                        // Refused before delivery; a configuration fix makes a later retry work.
                        return new SendAttempt.Final(new SendOutcome.Failed(reason));
                    default:
                        // E.g. 500: the channel may have delivered it before failing.
                        return new SendAttempt.Final(new SendOutcome.Ambiguous(reason));
                }

            case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } request:
                // The connection was never made: the request was not sent.
                return new SendAttempt.Transient("connection failed before sending: " + request.HttpRequestError, null);
            case HttpRequestException request:
                return new SendAttempt.Final(new SendOutcome.Ambiguous("connection lost after sending: " + request.HttpRequestError));
            case OperationCanceledException when timedOut:
                return new SendAttempt.Final(new SendOutcome.Ambiguous(string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.AttemptTimeout.TotalSeconds:0.###}s")));
            case OperationCanceledException:
                return new SendAttempt.Final(new SendOutcome.Ambiguous("cancelled while sending"));
            default:
                return new SendAttempt.Final(new SendOutcome.Ambiguous("failed while sending: " + failure.GetType().Name));
        }
    }

    /// <summary>The message as a Bot Framework activity; null (with the problem, never the content) when it cannot be sent.</summary>
    private static Activity? TryCreateActivity(OutgoingMessage message, out string problem)
    {
        problem = "";
        if (string.IsNullOrEmpty(message.Text) && string.IsNullOrEmpty(message.CardJson))
        {
            problem = "the message has neither text nor card";
            return null;
        }

        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = message.Text;
        if (!string.IsNullOrEmpty(message.CardJson))
        {
            try
            {
                activity.Attachments = [CardAttachments.From(message.CardJson)];
            }
            catch (JsonReaderException)
            {
                problem = "the card is not a JSON object";
                return null;
            }
        }

        return activity;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send attempt {Attempt} refused ({Reason}); retrying in {Delay}")]
    private partial void LogRetrying(int attempt, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Send ended: {Outcome}")]
    private partial void LogOutcome(string outcome);
}
