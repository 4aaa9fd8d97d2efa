using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RectifyBot.Testing.Connector;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers like the Bot Connector for proactive sends:
/// POST /v3/conversations/{id}/activities (send), POST .../activities/{activityId} (reply) and PUT .../activities/{activityId} (update).
/// Every request is recorded. Answers are scripted per conversation or for the next requests of any conversation
/// (429 with Retry-After, 403, 404, 412, 5xx, accept-then-reset, no answer); unscripted requests are accepted,
/// unless <see cref="LimitRate"/> is on for the conversation (or <see cref="LimitEveryConversation"/> for all), which answers
/// 429 past Teams' published per-conversation limits, or <see cref="LimitAppRate"/> caps the whole app's sends per second
/// (sliding one-second window), answered with 429 and Retry-After as well.
/// Use <see cref="ServiceUrl"/> as the activities' serviceUrl.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    /// <summary>Teams' per-conversation limits: 7 per second, 8 per 2 seconds, 60 per 30 seconds, 1800 per hour.</summary>
    public static readonly IReadOnlyList<(int Count, TimeSpan Window)> TeamsConversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly List<ConnectorRequest> _requests = [];
    private readonly Queue<ConnectorReply> _anyConversation = new();
    private readonly Dictionary<string, Queue<ConnectorReply>> _byConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _rateLimited = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Queue<DateTimeOffset> _appAccepted = new();
    private bool _limitEveryConversation;
    private int? _appPerSecond;
    private int _nextId;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TeamsMember> _members = new(StringComparer.Ordinal);

    private FakeBotConnector(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>Base address with a trailing slash, e.g. http://127.0.0.1:5123/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary><see cref="BaseUrl"/> as the string an activity's serviceUrl holds.</summary>
    public string ServiceUrl => BaseUrl.ToString();

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeBotConnector> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeBotConnector(app, clock ?? TimeProvider.System);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.HandleAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.HandleAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.HandleAsync);
        // TeamsInfo.GetMemberAsync: who a Teams user is (UPN, email, AAD object id).
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            connector._members.TryGetValue(memberId, out var member) ? Results.Json(member) : Results.NotFound());
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Makes a Teams user known, as the channel's member lookup returns them.</summary>
    public void AddMember(TeamsMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        _members[member.Id] = member;
    }

    /// <summary>The next requests into <paramref name="conversationId"/> are answered in this order.</summary>
    public void Script(string conversationId, params ConnectorReply[] replies)
    {
        lock (_gate)
        {
            if (!_byConversation.TryGetValue(conversationId, out var queue))
            {
                _byConversation[conversationId] = queue = new Queue<ConnectorReply>();
            }

            foreach (var reply in replies)
            {
                queue.Enqueue(reply);
            }
        }
    }

    /// <summary>The next requests into any conversation (after that conversation's own script) are answered in this order.</summary>
    public void ScriptNext(params ConnectorReply[] replies)
    {
        lock (_gate)
        {
            foreach (var reply in replies)
            {
                _anyConversation.Enqueue(reply);
            }
        }
    }

    /// <summary>From now on, unscripted requests into <paramref name="conversationId"/> past <see cref="TeamsConversationLimits"/> get 429 with Retry-After.</summary>
    public void LimitRate(string conversationId)
    {
        lock (_gate)
        {
            _rateLimited.TryAdd(conversationId, []);
        }
    }

    /// <summary>From now on, every conversation is limited as <see cref="LimitRate"/> limits one.</summary>
    public void LimitEveryConversation()
    {
        lock (_gate)
        {
            _limitEveryConversation = true;
        }
    }

    /// <summary>From now on, unscripted requests past <paramref name="perSecond"/> in any one-second window (all conversations together) get 429 with Retry-After.</summary>
    public void LimitAppRate(int perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        lock (_gate)
        {
            _appPerSecond = perSecond;
        }
    }

    public IReadOnlyList<ConnectorRequest> RequestsTo(string conversationId) =>
        [.. Requests.Where(r => string.Equals(r.ConversationId, conversationId, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var conversationId = (string)context.Request.RouteValues["conversationId"]!;
        var activityId = context.Request.RouteValues["activityId"] as string;
        var now = _clock.GetUtcNow();
        ConnectorReply reply;
        string? answeredId = null;
        lock (_gate)
        {
            reply = NextReply(conversationId, now);
            if (reply is ConnectorReply.Accepted)
            {
                answeredId = context.Request.Method == "PUT" && activityId is not null
                    ? activityId
                    : "1:" + (++_nextId).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
            }

            _requests.Add(new ConnectorRequest(context.Request.Method, context.Request.Path.Value ?? "", conversationId, activityId, body, now, reply, answeredId));
        }

        switch (reply)
        {
            case ConnectorReply.Reset:
                context.Abort();
                return;
            case ConnectorReply.Silent:
                using (var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.InfiniteTimeSpan, _clock, stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        context.Abort();
                    }
                }

                return;
            case ConnectorReply.Refused refused:
                context.Response.StatusCode = refused.StatusCode;
                if (refused.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = refused.RetryAfter;
                }

                await context.Response.WriteAsJsonAsync(new ErrorBody(new ErrorBody.Detail(ErrorCode(refused.StatusCode), "Scripted by the fake connector")), context.RequestAborted).ConfigureAwait(false);
                return;
            default:
                await context.Response.WriteAsJsonAsync(new ResourceBody(answeredId!), context.RequestAborted).ConfigureAwait(false);
                return;
        }
    }

    private ConnectorReply NextReply(string conversationId, DateTimeOffset now)
    {
        if (_byConversation.TryGetValue(conversationId, out var own) && own.TryDequeue(out var scripted))
        {
            return scripted;
        }

        if (_anyConversation.TryDequeue(out scripted))
        {
            return scripted;
        }

        if (!_rateLimited.TryGetValue(conversationId, out var accepted) && _limitEveryConversation)
        {
            _rateLimited[conversationId] = accepted = [];
        }

        var wait = TimeSpan.Zero;
        if (accepted is not null)
        {
            foreach (var (count, window) in TeamsConversationLimits)
            {
                var inWindow = accepted.Where(t => t > now - window).ToList();
                if (inWindow.Count >= count)
                {
                    var free = inWindow[^count] + window - now;
                    wait = free > wait ? free : wait;
                }
            }
        }

        if (_appPerSecond is { } perSecond)
        {
            while (_appAccepted.TryPeek(out var oldest) && oldest <= now - TimeSpan.FromSeconds(1))
            {
                _appAccepted.Dequeue();
            }

            if (_appAccepted.Count >= perSecond)
            {
                var free = _appAccepted.Peek() + TimeSpan.FromSeconds(1) - now;
                wait = free > wait ? free : wait;
            }
        }

        if (wait > TimeSpan.Zero)
        {
            return ConnectorReply.Throttle(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
        }

        if (accepted is not null)
        {
            accepted.Add(now);
            accepted.RemoveAll(t => t <= now - TimeSpan.FromHours(1));
        }

        if (_appPerSecond is not null)
        {
            _appAccepted.Enqueue(now);
        }

        return ConnectorReply.Accept;
    }

    private static string ErrorCode(int statusCode) => statusCode switch
    {
        429 => "Throttled",
        403 => "BotDisabledByAdmin",
        404 => "ConversationNotFound",
        412 => "PreconditionFailed",
        _ => "ServiceError",
    };

    private sealed record ResourceBody(string Id);

    private sealed record ErrorBody(ErrorBody.Detail Error)
    {
        public sealed record Detail(string Code, string Message);
    }
}
