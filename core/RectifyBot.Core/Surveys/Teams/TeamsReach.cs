using System.Collections.Concurrent;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys.Teams;

/// <summary>Which people the bot can message: those with a Teams account whose conversation address it has stored.</summary>
public sealed class TeamsReach(IConversationAddressBook addresses)
{
    private const int LookupsInParallel = 16;

    /// <summary>The conversation address of each reachable person, by person number.</summary>
    public async Task<IReadOnlyDictionary<string, ConversationAddress>> FindAsync(IEnumerable<Person> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var found = new ConcurrentDictionary<string, ConversationAddress>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            people.Where(p => p.AadObjectId is { Length: > 0 }),
            new ParallelOptions { MaxDegreeOfParallelism = LookupsInParallel, CancellationToken = cancellationToken },
            async (person, ct) =>
            {
                if (await addresses.FindAsync(person.AadObjectId!, ct).ConfigureAwait(false) is { } address)
                {
                    found[person.Number] = address;
                }
            }).ConfigureAwait(false);
        return found;
    }
}
