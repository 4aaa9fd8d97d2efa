using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Teams.Delivery;

namespace RectifyBot.Teams.Tests.Delivery;

/// <summary>The retry rules of one send, on a fake clock: no test waits in real time for a delay.</summary>
public sealed class BotConnectorSenderTests
{
    private static readonly ConversationAddress Address = new(
        "aad-1", "tenant-1", "msteams", "a:personal-chat", "https://smba.trafficmanager.net/apac/", "zh-CN",
        "{\"activityId\":\"incoming-1\",\"user\":{\"id\":\"29:user\"},\"bot\":{\"id\":\"28:bot\"},\"conversation\":{\"id\":\"a:personal-chat\"},\"channelId\":\"msteams\",\"serviceUrl\":\"https://smba.trafficmanager.net/apac/\"}",
        new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private static readonly OutgoingMessage Card = new("整改提醒", "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"请于三日内完成整改\"}]}");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private BotConnectorSender Sender(ScriptedAdapter adapter, DeliveryOptions? options = null) =>
        new(adapter, "", Options.Create(options ?? new DeliveryOptions()), _clock, NullLogger<BotConnectorSender>.Instance);

    /// <summary>Moves the fake clock in small steps until the send finishes.</summary>
    private async Task<SendOutcome> RunAsync(Task<SendOutcome> send)
    {
        while (!send.IsCompleted)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return await send;
    }

    [Fact]
    public async Task A_card_is_sent_as_an_adaptive_card_attachment_with_the_text_and_no_reply_to()
    {
        var adapter = new ScriptedAdapter(_clock);

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.Equal(new SendOutcome.Sent("sent-1", "a:personal-chat"), outcome);
        var activity = Assert.Single(adapter.Sends).Activity;
        Assert.Null(activity.ReplyToId);
        Assert.Equal("整改提醒", activity.Text);
        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.True(JToken.DeepEquals(JObject.Parse(Card.CardJson!), Assert.IsType<JObject>(attachment.Content)));
    }

    [Fact]
    public async Task A_429_is_retried_no_earlier_than_its_retry_after()
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(ScriptedAdapter.Status(HttpStatusCode.TooManyRequests, "30"));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.IsType<SendOutcome.Sent>(outcome);
        var (first, second) = (adapter.Sends[0].At, adapter.Sends[1].At);
        Assert.InRange(second - first, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30.5));
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_ends_the_send_as_failed_for_the_queue_to_retry_later()
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(ScriptedAdapter.Status(HttpStatusCode.TooManyRequests, "600"));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.Contains("Retry-After", Assert.IsType<SendOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.Single(adapter.Sends);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried_with_growing_delays_until_success(HttpStatusCode status)
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(ScriptedAdapter.Status(status), ScriptedAdapter.Status(status), ScriptedAdapter.Status(status));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal(4, adapter.Sends.Count);
        Assert.True(adapter.Sends[3].At - adapter.Sends[0].At >= TimeSpan.FromSeconds(1), "backoff starts near the base delay and grows");
    }

    [Fact]
    public async Task Transient_failures_outlasting_every_attempt_end_as_failed()
    {
        var adapter = new ScriptedAdapter(_clock).FailWith([.. Enumerable.Range(0, 3).Select(_ => ScriptedAdapter.Status(HttpStatusCode.ServiceUnavailable))]);

        var outcome = await RunAsync(Sender(adapter, new DeliveryOptions { MaxAttempts = 3 }).SendAsync(Address, Card));

        Assert.Contains("503", Assert.IsType<SendOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.Equal(3, adapter.Sends.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task A_final_refusal_is_undeliverable_after_one_attempt(HttpStatusCode status)
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(ScriptedAdapter.Status(status));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<SendOutcome.Undeliverable>(outcome).Reason, StringComparison.Ordinal);
        Assert.Single(adapter.Sends);
    }

    [Fact]
    public async Task A_connection_that_was_never_made_is_retried()
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal(2, adapter.Sends.Count);
    }

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.Unknown)]
    public async Task A_connection_lost_after_sending_is_ambiguous_and_not_retried(HttpRequestError error)
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(new HttpRequestException(error, "The response ended prematurely"));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.IsType<SendOutcome.Ambiguous>(outcome);
        Assert.Single(adapter.Sends);
    }

    [Fact]
    public async Task A_timeout_while_sending_is_ambiguous_and_not_retried()
    {
        var adapter = new ScriptedAdapter(_clock).FailWith(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"));

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, Card));

        Assert.IsType<SendOutcome.Ambiguous>(outcome);
        Assert.Single(adapter.Sends);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "<card>")]
    public async Task A_message_that_cannot_be_sent_is_undeliverable_without_an_attempt(string? text, string? cardJson)
    {
        var adapter = new ScriptedAdapter(_clock);

        var outcome = await RunAsync(Sender(adapter).SendAsync(Address, new OutgoingMessage(text, cardJson)));

        var reason = Assert.IsType<SendOutcome.Undeliverable>(outcome).Reason;
        Assert.DoesNotContain("<card>", reason, StringComparison.Ordinal);
        Assert.Empty(adapter.Sends);
    }
}
