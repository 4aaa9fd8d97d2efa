namespace RectifyBot.Storage.Roster;

/// <summary>
/// Told of every storage transaction a roster save has submitted successfully. The benchmark counts them; a test
/// throws from it to crash a save halfway. Throwing stops the save before the new version is switched to.
/// </summary>
public interface IRosterWriteObserver
{
    void TransactionSubmitted(string table, string partitionKey, int entities);
}
