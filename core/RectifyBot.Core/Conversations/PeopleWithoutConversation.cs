using System.Collections.Concurrent;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Conversations;

/// <summary>
/// Active people the bot cannot message yet: not bound to a Teams account, or bound but they never opened the bot, so
/// there is no conversation address. The roster check lists them; proactive installation reaches them.
/// </summary>
public static class PeopleWithoutConversation
{
    private const int AddressLookupsInParallel = 8;

    public static async Task<IReadOnlyList<Person>> FindAsync(Roster.Roster roster, IConversationAddressBook addresses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(addresses);
        var found = new ConcurrentBag<Person>(roster.ActivePeople.Where(p => p.AadObjectId is null));
        await Parallel.ForEachAsync(
            roster.ActivePeople.Where(p => p.AadObjectId is not null),
            new ParallelOptions { MaxDegreeOfParallelism = AddressLookupsInParallel, CancellationToken = cancellationToken },
            async (person, ct) =>
            {
                if (await addresses.FindAsync(person.AadObjectId!, ct).ConfigureAwait(false) is null)
                {
                    found.Add(person);
                }
            }).ConfigureAwait(false);
        return [.. found.OrderBy(p => p.Number, StringComparer.Ordinal)];
    }
}
