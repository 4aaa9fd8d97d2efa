namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Work that follows a switch to a new roster version (DOMAIN.md §1: open items whose reviewer the change removed are
/// re-routed). It runs after the switch, so a failure leaves the new roster in force; it must be safe to run again.
/// </summary>
public interface IRosterSwitchFollowUp
{
    Task AfterSwitchAsync(Person operatorPerson, CancellationToken cancellationToken = default);
}
