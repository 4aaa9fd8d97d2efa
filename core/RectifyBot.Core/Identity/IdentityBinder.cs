using Microsoft.Extensions.Logging;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Identity;

/// <summary>
/// Binds a Teams user to their roster person on first contact: by Azure AD object id when bound before, else by
/// the UPN or email the channel reports (case-insensitive), storing the object id. Unmatched users are recorded
/// for the roster-health report.
/// </summary>
public sealed partial class IdentityBinder(
    IRosterRepository roster,
    IUnrosteredUsers unrostered,
    TimeProvider clock,
    ILogger<IdentityBinder> logger)
{
    // A reference swap is atomic: concurrent turns see one loaded version or the other, never a mix.
    private LoadedRoster? _loaded;

    public async Task<IdentityBinding> BindAsync(
        string aadObjectId,
        Func<CancellationToken, Task<TeamsIdentity?>> lookUpInTeams,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookUpInTeams);
        if (await roster.FindByAadObjectIdAsync(aadObjectId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return new IdentityBinding.Bound(known, JustNow: false);
        }

        var current = await CurrentRosterAsync(cancellationToken).ConfigureAwait(false);
        if (current is null || current.People.Count == 0)
        {
            return new IdentityBinding.NoRosterYet();
        }

        var identity = await lookUpInTeams(cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            return new IdentityBinding.Unknown();
        }

        var person = Match(current, identity.UserPrincipalName) ?? Match(current, identity.Email);
        if (person is null)
        {
            await unrostered.RecordAsync(identity, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            LogNotInRoster();
            return new IdentityBinding.NotInRoster(identity);
        }

        await roster.BindAsync(person.Number, aadObjectId, cancellationToken).ConfigureAwait(false);
        await unrostered.ForgetAsync(aadObjectId, cancellationToken).ConfigureAwait(false);
        LogBound(person.Number);
        return new IdentityBinding.Bound(person with { AadObjectId = aadObjectId }, JustNow: true);
    }

    /// <summary>
    /// The roster to match UPNs against, loaded once per version: loading it whole (tens of thousands of people) on
    /// every turn of every not-yet-bound user would put the largest read of the product on the chat's hot path.
    /// </summary>
    private async Task<Roster.Roster?> CurrentRosterAsync(CancellationToken cancellationToken)
    {
        var version = await roster.CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return null;
        }

        if (_loaded is { } loaded && loaded.VersionId == version.VersionId)
        {
            return loaded.Roster;
        }

        var current = await roster.LoadVersionAsync(version.VersionId, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            _loaded = new LoadedRoster(version.VersionId, current);
        }

        return current;
    }

    private static Person? Match(Roster.Roster roster, string? upnOrEmail) =>
        string.IsNullOrWhiteSpace(upnOrEmail) ? null : roster.FindByUpnOrEmail(upnOrEmail.Trim());

    [LoggerMessage(Level = LogLevel.Information, Message = "Bound a Teams user to roster person {Number}")]
    private partial void LogBound(string number);

    [LoggerMessage(Level = LogLevel.Information, Message = "A Teams user is not in the roster")]
    private partial void LogNotInRoster();

    private sealed record LoadedRoster(string VersionId, Roster.Roster Roster);
}
