using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// Why a copy is closed, shown at the top of it: every copy is updated in place, so the other committee members, the
/// office and the inspection group see who acted, when, and (for a decision) why. People are person numbers: the card
/// shows their names from the roster, and a number when the roster no longer knows them.
/// </summary>
public abstract record ReviewCardBanner
{
    private ReviewCardBanner()
    {
    }

    /// <summary>Approved or returned; <paramref name="External"/>: the office recorded the higher committee's decision.</summary>
    public sealed record Decided(ReviewOutcome Outcome, string ByNumber, DateTimeOffset At, string? Comment, bool External = false) : ReviewCardBanner
    {
        public static Decided From(ReviewDecision decision)
        {
            ArgumentNullException.ThrowIfNull(decision);
            return new Decided(decision.Outcome, decision.ByNumber, decision.At, decision.Comment, decision.External);
        }
    }

    /// <summary>The author withdrew the version before the first decision.</summary>
    public sealed record Withdrawn(DateTimeOffset At) : ReviewCardBanner;

    /// <summary>The office forwarded a via-office submission (closes the office's copies).</summary>
    public sealed record Forwarded(string ByNumber, string ReviewerNumber, DateTimeOffset At) : ReviewCardBanner;

    /// <summary>The office assigned a reviewer after a fallback (closes the office's copies).</summary>
    public sealed record Assigned(string ByNumber, string ReviewerNumber, DateTimeOffset At) : ReviewCardBanner;

    /// <summary>A roster change removed the routed reviewer: the copy's holder no longer reviews; null reviewer = to the office.</summary>
    public sealed record Rerouted(string? ReviewerNumber) : ReviewCardBanner;
}
