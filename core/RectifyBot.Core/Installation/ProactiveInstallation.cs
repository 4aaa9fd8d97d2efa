using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RectifyBot.Core.Access;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Installation;

/// <summary>
/// The office reaches the people the bot cannot message yet (<see cref="PeopleWithoutConversation"/>) by installing
/// RectifyBot for each through Microsoft Graph — the alternative to an org-wide app setup policy (README "Deployment").
/// Off unless the installer is enabled. Who ran it, when and what came of it is logged and returned.
/// </summary>
public sealed partial class ProactiveInstallation(
    IRosterRepository rosters,
    IConversationAddressBook addresses,
    ITeamsAppInstaller installer,
    TimeProvider time,
    ILogger<ProactiveInstallation> logger)
{
    // Graph throttles per app and tenant; a few at a time is fast enough for a roster of thousands.
    private const int InstallsInParallel = 4;

    public async Task<ProactiveInstallationResult> RunAsync(Person operatorPerson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operatorPerson);
        if (!AccessPolicy.IsOffice(operatorPerson))
        {
            return ProactiveInstallationResult.Refused(ProactiveInstallationRefusal.NotOffice);
        }

        if (!installer.Enabled)
        {
            return ProactiveInstallationResult.Refused(ProactiveInstallationRefusal.Disabled);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var people = await PeopleWithoutConversation.FindAsync(roster, addresses, cancellationToken).ConfigureAwait(false);
        var outcomes = new ConcurrentDictionary<string, AppInstallOutcome>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            people.Where(p => !string.IsNullOrWhiteSpace(p.Upn)),
            new ParallelOptions { MaxDegreeOfParallelism = InstallsInParallel, CancellationToken = cancellationToken },
            async (person, ct) => outcomes[person.Number] = await installer.InstallForAsync(person.Upn!, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var result = new ProactiveInstallationResult(
            null,
            people.Count,
            Enum.GetValues<AppInstallOutcome>().ToDictionary(o => o, o => outcomes.Values.Count(v => v == o)),
            [.. people.Where(p => string.IsNullOrWhiteSpace(p.Upn)).Select(p => p.Number)],
            [.. outcomes.Where(o => o.Value is AppInstallOutcome.UserNotFound or AppInstallOutcome.Refused or AppInstallOutcome.Failed).Select(o => o.Key).Order(StringComparer.Ordinal)],
            operatorPerson.Number,
            time.GetUtcNow());
        LogRun(operatorPerson.Number, people.Count, result.Counts[AppInstallOutcome.Installed], result.Counts[AppInstallOutcome.AlreadyInstalled], result.NotInstalled.Count, result.WithoutAccount.Count);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive installation by {Operator}: {Candidates} unreachable, {Installed} installed, {Already} had it, {NotInstalled} not installed, {WithoutAccount} without an account")]
    private partial void LogRun(string @operator, int candidates, int installed, int already, int notInstalled, int withoutAccount);
}
