using System.Runtime.CompilerServices;
using RectifyBot.Core.BranchBuilding;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Open branch-building items (DOMAIN.md §6: a branch without a secretary or committee, a senior class without its class
/// branch, a weak branch not yet reorganised), due at the stage's end of the committee's calendar: its principal leader
/// is reminded before and after until the roster (or the office's 整顿完成) resolves it; escalated once to the parent's
/// leaders (the office under the university committee). New findings are indexed by the nightly reconciliation; a
/// resolved item's row is found stale by the sweep. Subject id = "{finding}|{branch code or class name}".
/// </summary>
public sealed class BranchBuildingSource(IWeakBranchFlags flags, IBranchBuildingRepository repository) : IObligationSource
{
    private readonly ConditionalWeakTable<SupervisionContext, Lazy<Task<IReadOnlyList<BranchBuildingItem>>>> _items = new();

    public string Kind => ObligationKinds.BranchBuilding;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = await ItemsAsync(context, cancellationToken).ConfigureAwait(false);
        return items.FirstOrDefault(i => string.Equals(i.Id, subjectId, StringComparison.Ordinal)) is { } item
            ? ObligationOf(item, context.Roster, context.Calendars)
            : null;
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var item in await ItemsAsync(context, cancellationToken).ConfigureAwait(false))
        {
            if (ObligationOf(item, context.Roster, context.Calendars) is { } obligation)
            {
                yield return obligation;
            }
        }
    }

    /// <summary>The item's obligation; null while its committee has no stage calendar.</summary>
    public static Obligation? ObligationOf(BranchBuildingItem item, Roster.Roster roster, StageCalendars calendars)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(calendars);
        if (calendars.For(item.CommitteeCode, roster) is not { } calendar)
        {
            return null;
        }

        var place = item.Kind == BranchFindingKind.ClassWithoutBranch ? item.Subject : roster.Unit(item.Subject)?.Name ?? item.Subject;
        return new Obligation
        {
            Kind = ObligationKinds.BranchBuilding,
            SubjectId = item.Id,
            OwnerNumbers = item.OwnerNumbers,
            DueDate = calendar.StageEnd,
            EscalationTargets = CommitteeResponsibility.Escalation(item.CommitteeCode, item.OwnerNumbers, roster),
            Schedule = ReminderSchedule.Deadline,
            Title = place + " · " + BranchBuildingNames.Chinese(item.Kind),
            UnitCode = item.CommitteeCode,
        };
    }

    // The items are computed once per run from the roster, the flags and the resolutions.
    private Task<IReadOnlyList<BranchBuildingItem>> ItemsAsync(SupervisionContext context, CancellationToken cancellationToken) =>
        _items.GetValue(context, c => new Lazy<Task<IReadOnlyList<BranchBuildingItem>>>(async () =>
            BranchBuildingItems.Of(c.Roster, await flags.ListAsync(cancellationToken).ConfigureAwait(false), await repository.ListResolutionsAsync(cancellationToken).ConfigureAwait(false)))).Value;
}
