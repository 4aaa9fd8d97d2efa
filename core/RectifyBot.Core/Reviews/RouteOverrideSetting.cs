using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// "指定审核人 &lt;被审核人工号&gt; &lt;审核人工号&gt; &lt;原因&gt;": the office overrides one person's route with a reason
/// (DOMAIN.md §1), kept with who and when; and "我的审核路径": the route that applies to a person, override included.
/// </summary>
public sealed class RouteOverrideSetting(IRosterRepository rosters, IRouteOverrides overrides, TimeProvider time)
{
    public const int MaxReasonLength = 200;

    public async Task<RouteOverrideOutcome> SetAsync(
        Person viewer, string authorNumber, string reviewerNumber, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.CanAssignReviewer(viewer))
        {
            return RouteOverrideOutcome.Failed(RouteOverrideResult.Refused);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return RouteOverrideOutcome.Failed(RouteOverrideResult.ReasonMissingOrTooLong);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Person(authorNumber?.Trim()) is not { Active: true } author)
        {
            return RouteOverrideOutcome.Failed(RouteOverrideResult.UnknownAuthor);
        }

        if (roster.Person(reviewerNumber?.Trim()) is not { Active: true } reviewer)
        {
            return RouteOverrideOutcome.Failed(RouteOverrideResult.UnknownReviewer);
        }

        if (string.Equals(author.Number, reviewer.Number, StringComparison.Ordinal))
        {
            return RouteOverrideOutcome.Failed(RouteOverrideResult.SamePerson);
        }

        var routeOverride = new RouteOverride(author.Number, reviewer.Number, reason.Trim(), viewer.Number, time.GetUtcNow());
        await overrides.SaveAsync(routeOverride, cancellationToken).ConfigureAwait(false);
        return new RouteOverrideOutcome(RouteOverrideResult.Set, author, ReviewRouter.RouteFor(author, roster, routeOverride), roster);
    }

    /// <summary>The route of the person's measures as it stands now, with the office's override if any.</summary>
    public async Task<RouteOverrideOutcome> RouteOfAsync(Person author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var current = roster.Person(author.Number) ?? author;
        var routeOverride = await overrides.FindAsync(current.Number, cancellationToken).ConfigureAwait(false);
        return new RouteOverrideOutcome(RouteOverrideResult.Set, current, ReviewRouter.RouteFor(current, roster, routeOverride), roster);
    }
}

public enum RouteOverrideResult
{
    Set,
    Refused,
    UnknownAuthor,
    UnknownReviewer,
    SamePerson,
    ReasonMissingOrTooLong,
}

/// <summary>What setting did; the author, the resulting route and the roster are set when <see cref="RouteOverrideResult.Set"/>.</summary>
public sealed record RouteOverrideOutcome(RouteOverrideResult Result, Person? Author, ReviewRoute? Route, Roster.Roster? Roster)
{
    public static RouteOverrideOutcome Failed(RouteOverrideResult result) => new(result, null, null, null);
}
