using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Diagnostics;

/// <summary>Each turn is one operation: what it puts in the outbox carries the turn's id, so the send logs under it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TurnCorrelationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Messages_written_in_one_turn_share_its_correlation_id_and_the_next_turn_has_its_own()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var liNa = _demo.Persona("lina", "李娜");
        await _demo.SendAsync(liNa.Message("你好"));
        await _demo.SubmitTypedDraftAsync(zhangWei);
        var submitted = (await _demo.MeasureRowsAsync("200022")).Where(r => r.GetString("Kind") == "Outbox").ToList();

        Assert.NotEmpty(submitted);
        var submitTurn = Assert.Single(submitted.Select(r => r.GetString("CorrelationId")).Distinct());
        Assert.Matches("^[0-9a-f]{32}$", submitTurn);

        await _demo.SendAsync(ReviewButtons.Submit(liNa, "review-return", "200022", 1, "请写明具体时间节点"));
        var decided = (await _demo.MeasureRowsAsync("200022"))
            .Where(r => r.GetString("Kind") == "Outbox" && submitted.TrueForAll(s => s.RowKey != r.RowKey)).ToList();

        Assert.NotEmpty(decided);
        var decisionTurn = Assert.Single(decided.Select(r => r.GetString("CorrelationId")).Distinct());
        Assert.Matches("^[0-9a-f]{32}$", decisionTurn);
        Assert.NotEqual(submitTurn, decisionTurn);
    }
}
