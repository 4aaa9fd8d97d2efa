using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json;

namespace RectifyBot.Bot.Tests.Support;

public static class TestFlowExpectations
{
    /// <summary>The next reply, its text and cards, contains every one of <paramref name="texts"/>.</summary>
    public static TestFlow AssertReplyContaining(this TestFlow flow, params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return flow.AssertReply(reply =>
        {
            var readable = JsonConvert.SerializeObject(reply);
            Assert.All(texts, text => Assert.True(readable.Contains(text, StringComparison.Ordinal), $"\"{text}\" is not in the reply {readable}"));
        });
    }
}
