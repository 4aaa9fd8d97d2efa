using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Testing.Connector;

namespace RectifyBot.Teams.Tests.Connector;

/// <summary>The fake Bot Connector itself, over plain HTTP.</summary>
public sealed class FakeBotConnectorTests
{
    private static readonly JsonObject Activity = new() { ["type"] = "message", ["text"] = "测试" };

    [Fact]
    public async Task Sends_replies_and_updates_are_accepted_and_recorded()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using var http = new HttpClient { BaseAddress = connector.BaseUrl };

        using var sent = await http.PostAsJsonAsync("v3/conversations/a%3Achat/activities", Activity);
        using var replied = await http.PostAsJsonAsync("v3/conversations/a%3Achat/activities/1%3Aparent", Activity);
        using var updated = await http.PutAsJsonAsync("v3/conversations/a%3Achat/activities/1%3Aold", Activity);

        Assert.All([sent, replied, updated], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("1:old", (string?)(await updated.Content.ReadFromJsonAsync<JsonObject>())!["id"]);
        Assert.Equal(
            [("POST", "a:chat", (string?)null), ("POST", "a:chat", "1:parent"), ("PUT", "a:chat", "1:old")],
            connector.Requests.Select(r => (r.Method, r.ConversationId, r.ActivityId)));
        Assert.Equal("测试", (string?)connector.Requests[0].Json!["text"]);
    }

    [Fact]
    public async Task Scripted_refusals_come_first_then_requests_are_accepted_again()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using var http = new HttpClient { BaseAddress = connector.BaseUrl };
        connector.Script("a:chat", ConnectorReply.Throttle(3), ConnectorReply.Status(404));

        using var throttled = await http.PostAsJsonAsync("v3/conversations/a:chat/activities", Activity);
        using var missing = await http.PostAsJsonAsync("v3/conversations/a:chat/activities", Activity);
        using var accepted = await http.PostAsJsonAsync("v3/conversations/a:chat/activities", Activity);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal("Throttled", (string?)(await throttled.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task With_the_rate_limit_on_the_eighth_send_within_a_second_is_throttled()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var connector = await FakeBotConnector.StartAsync(clock);
        using var http = new HttpClient { BaseAddress = connector.BaseUrl };
        connector.LimitRate("a:chat");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await http.PostAsJsonAsync("v3/conversations/a:chat/activities", Activity);
            statuses.Add(response.StatusCode);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        using var afterASecond = await http.PostAsJsonAsync("v3/conversations/a:chat/activities", Activity);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 7), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, afterASecond.StatusCode);
    }
}
