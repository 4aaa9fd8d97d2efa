using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Delivery;

/// <summary>"无法送达" / "unreachable": the people messages cannot reach, newest first, with who they are in the roster.</summary>
public sealed class UnreachableRecipientsList(IUnreachableRecipients unreachable, IRosterRepository rosters, TimeProvider time)
{
    /// <summary>The list; null if the viewer is not campaign office staff (<see cref="AccessPolicy.IsOffice"/>).</summary>
    public async Task<UnreachableRecipientsReport?> RunAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.IsOffice(viewer))
        {
            return null;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var byAad = roster.ActivePeople.Where(p => p.AadObjectId is not null)
            .GroupBy(p => p.AadObjectId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var recipients = await unreachable.ListAsync(cancellationToken).ConfigureAwait(false);
        var items = recipients
            .OrderByDescending(r => r.At)
            .Select(r => new UnreachableRecipientsReport.Item(r, byAad.GetValueOrDefault(r.AadObjectId)))
            .ToList();
        return new UnreachableRecipientsReport(roster, items, time.GetUtcNow());
    }
}
