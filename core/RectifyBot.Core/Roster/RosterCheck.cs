using RectifyBot.Core.Access;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Identity;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Core.Roster;

/// <summary>
/// "名册检查" / "roster check" (issue 3 "Roster health"): the office's report on the current roster. Adds to
/// <see cref="RosterHealth.Check"/> what only storage knows: active people the bot cannot message yet (not bound to a
/// Teams account, or bound but never opened the bot, so no conversation address), and Teams users not in the roster.
/// Non-members count too: they take part in the satisfaction survey.
/// </summary>
public sealed class RosterCheck(
    IRosterRepository rosters,
    IConversationAddressBook addresses,
    IUnrosteredUsers unrostered,
    IWeakBranchFlags weakBranches,
    IRouteOverrides overrides,
    TimeProvider time)
{
    public RosterHealthOptions Options { get; init; } = new();

    /// <summary>The report; null if the viewer may not read the whole roster (<see cref="AccessPolicy.CanReadRoster"/>).</summary>
    public async Task<RosterCheckResult?> RunAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!AccessPolicy.CanReadRoster(viewer, null, roster))
        {
            return null;
        }

        var flags = await weakBranches.ListAsync(cancellationToken).ConfigureAwait(false);
        var routeOverrides = await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
        var report = RosterHealth.Check(roster, Options, flags, routeOverrides) with
        {
            PeopleNotReachable = await NotReachableAsync(roster, cancellationToken).ConfigureAwait(false),
            TeamsUsersNotInRoster = await NotInRosterAsync(cancellationToken).ConfigureAwait(false),
        };
        return new RosterCheckResult(roster, report, time.GetUtcNow());
    }

    private async Task<IReadOnlyList<string>> NotReachableAsync(Roster roster, CancellationToken cancellationToken) =>
        [.. (await PeopleWithoutConversation.FindAsync(roster, addresses, cancellationToken).ConfigureAwait(false)).Select(p => p.Number)];

    private async Task<IReadOnlyList<string>> NotInRosterAsync(CancellationToken cancellationToken)
    {
        var users = new List<string>();
        await foreach (var user in unrostered.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(user.Identity.UserPrincipalName ?? user.Identity.Email ?? user.Identity.AadObjectId);
        }

        return [.. users.Order(StringComparer.OrdinalIgnoreCase)];
    }
}
