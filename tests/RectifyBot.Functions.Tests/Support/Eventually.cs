namespace RectifyBot.Functions.Tests.Support;

public static class Eventually
{
    /// <summary>Polls an observable outcome (a queue's content) until it holds, or fails the test after <paramref name="timeout"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!await condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Not within {timeout}: {what}");
            }
        }
    }
}
