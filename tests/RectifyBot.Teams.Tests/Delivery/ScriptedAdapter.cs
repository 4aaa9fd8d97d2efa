using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace RectifyBot.Teams.Tests.Delivery;

/// <summary>A Bot Framework adapter whose sends fail as scripted (exceptions as the connector client throws them), recording when each send happened.</summary>
internal sealed class ScriptedAdapter(TimeProvider clock) : BotAdapter
{
    private readonly Queue<Exception> _failures = new();
    private readonly List<(DateTimeOffset At, Activity Activity)> _sends = [];

    public IReadOnlyList<(DateTimeOffset At, Activity Activity)> Sends
    {
        get
        {
            lock (_sends)
            {
                return [.. _sends];
            }
        }
    }

    public static ErrorResponseException Status(HttpStatusCode status, string? retryAfter = null)
    {
        using var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return new ErrorResponseException($"Operation returned an invalid status code '{status}'")
        {
            Response = new HttpResponseMessageWrapper(response, "{\"error\":{\"code\":\"Scripted\"}}"),
        };
    }

    public ScriptedAdapter FailWith(params Exception[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }

        return this;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        lock (_sends)
        {
            _sends.Add((clock.GetUtcNow(), activities[0]));
            if (_failures.TryDequeue(out var failure))
            {
                throw failure;
            }

            return Task.FromResult(new[] { new ResourceResponse("sent-" + _sends.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        }
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Proactive sends never update.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Proactive sends never delete.");
}
