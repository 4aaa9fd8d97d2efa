namespace RectifyBot.Core.Identity;

/// <summary>Teams users who talked to the bot but are not in the roster, for the roster-health report.</summary>
public interface IUnrosteredUsers
{
    Task RecordAsync(TeamsIdentity identity, DateTimeOffset seenAt, CancellationToken cancellationToken = default);

    Task ForgetAsync(string aadObjectId, CancellationToken cancellationToken = default);

    IAsyncEnumerable<UnrosteredUser> ListAsync(CancellationToken cancellationToken = default);
}

public sealed record UnrosteredUser(TeamsIdentity Identity, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
