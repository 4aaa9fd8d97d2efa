using RectifyBot.Storage.Roster;

namespace RectifyBot.Storage.Tests.Roster;

/// <summary>Crashes a roster save after a number of successful transactions, as a process dying halfway would.</summary>
internal sealed class CrashAfterTransactions(int allowed) : IRosterWriteObserver
{
    private int _submitted;

    public int Submitted => Volatile.Read(ref _submitted);

    public void TransactionSubmitted(string table, string partitionKey, int entities)
    {
        if (Interlocked.Increment(ref _submitted) >= allowed)
        {
            throw new InvalidOperationException("injected crash");
        }
    }
}
