using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class SurveyFlushTurnsTests : IDisposable
{
    private readonly SurveyFlushTurns _turns = new();

    public void Dispose() => _turns.Dispose();

    [Fact]
    public async Task A_reply_arriving_during_a_flush_leaves_its_answer_to_that_flush_which_runs_once_more()
    {
        var release = new TaskCompletionSource();
        var calls = 0;
        async Task<int> Flush(CancellationToken ct)
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await release.Task.WaitAsync(ct);
                return 5;
            }

            return 1;
        }

        var running = _turns.RunAsync("S-1", waitForTurn: false, Flush);
        var skipped = await _turns.RunAsync("S-1", waitForTurn: false, _ => throw new InvalidOperationException("must not flush while another runs"));
        release.SetResult();

        Assert.Equal(0, skipped);
        Assert.Equal(6, await running);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task After_the_window_closed_a_reply_waits_for_its_turn_and_flushes_itself()
    {
        var release = new TaskCompletionSource();
        var running = _turns.RunAsync("S-1", waitForTurn: false, async ct =>
        {
            await release.Task.WaitAsync(ct);
            return 5;
        });

        var late = _turns.RunAsync("S-1", waitForTurn: true, _ => Task.FromResult(1));
        Assert.False(late.IsCompleted);
        release.SetResult();

        Assert.Equal(1, await late);
        Assert.True(await running >= 5);
    }

    [Fact]
    public async Task Flushes_of_different_surveys_do_not_wait_for_each_other()
    {
        var release = new TaskCompletionSource();
        var running = _turns.RunAsync("S-1", waitForTurn: false, async ct =>
        {
            await release.Task.WaitAsync(ct);
            return 5;
        });

        Assert.Equal(3, await _turns.RunAsync("S-2", waitForTurn: false, _ => Task.FromResult(3)));
        release.SetResult();
        Assert.Equal(5, await running);
    }
}
