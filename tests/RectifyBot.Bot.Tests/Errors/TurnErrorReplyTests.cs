using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging;
using RectifyBot.Bot.Errors;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;
using RectifyBot.Testing.Logging;

namespace RectifyBot.Bot.Tests.Errors;

public class TurnErrorReplyTests
{
    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internal detail at RectifyBot.Something.Method()");
    }

    [Theory]
    [InlineData("zh-CN", UserLanguage.ZhCn)]
    [InlineData("en-US", UserLanguage.En)]
    public async Task A_failed_turn_tells_the_user_in_their_language_without_technical_detail(string locale, UserLanguage language)
    {
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(TurnErrorReplyTests))) { Locale = locale };
        adapter.OnTurnError = new TurnErrorReply(factory.CreateLogger<TurnErrorReply>()).SendAsync;

        await new TestFlow(adapter, new FailingBot())
            .Send("我的整改措施内容")
            .AssertReply(reply =>
            {
                var text = reply.AsMessageActivity().Text;
                Assert.Equal(BotReplies.SomethingWentWrong(language), text);
                Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var logged = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.DoesNotContain("我的整改措施内容", logs.AllText, StringComparison.Ordinal);
    }
}
