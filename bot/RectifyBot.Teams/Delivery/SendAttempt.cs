using RectifyBot.Core.Delivery;

namespace RectifyBot.Teams.Delivery;

/// <summary>How one attempt of a send ended, as the retry policy sees it.</summary>
internal abstract record SendAttempt
{
    private SendAttempt() { }

    /// <summary>The channel took it.</summary>
    public sealed record Delivered(string? ActivityId) : SendAttempt;

    /// <summary>Nothing reached the channel, or it asked to come back: worth another attempt (after <see cref="RetryAfter"/> when given).</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter) : SendAttempt;

    /// <summary>No further attempt within this send.</summary>
    public sealed record Final(SendOutcome Outcome) : SendAttempt;
}
