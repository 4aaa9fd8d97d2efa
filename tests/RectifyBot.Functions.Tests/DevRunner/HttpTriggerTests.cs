using System.Net;
using System.Text.Json;
using RectifyBot.Functions.Tests.Support;

namespace RectifyBot.Functions.Tests.DevRunner;

public sealed class HttpTriggerTests
{
    [Fact]
    public async Task The_runner_serves_GET_api_health_on_a_loopback_port()
    {
        await using var runner = await Runner.StartAsync("Health");
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(runner.BaseUrl + "/api/health"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("http://127.0.0.1:", runner.BaseUrl, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
    }
}
