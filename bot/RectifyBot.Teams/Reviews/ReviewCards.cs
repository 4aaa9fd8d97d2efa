using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Teams.Reviews;

/// <summary>A review card for one viewer, from the version's state: what they may do now, or why it is closed.</summary>
public static class ReviewCards
{
    public static string For(UserLanguage language, ReviewView view, string? viewerTeamsId, ReviewCardForm? form = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var mode = view.Action switch
        {
            ReviewAction.Decide => ReviewCardMode.Decide,
            ReviewAction.Forward => ReviewCardMode.Forward,
            ReviewAction.Assign => ReviewCardMode.Assign,
            ReviewAction.RecordExternal => ReviewCardMode.External,
            _ when view.Version.Status.IsOpen() && view.Viewer.Holds(Position.InspectionGroupMember) => ReviewCardMode.Assist,
            _ => ReviewCardMode.Closed,
        };
        return Build(language, view.Author, view.Version, view.Measures, view.Roster, mode, viewerTeamsId, form, notice);
    }

    public static string Build(
        UserLanguage language, Person author, SubmissionVersion version, MemberMeasures measures, Core.Roster.Roster roster, ReviewCardMode mode, string? viewerTeamsId,
        ReviewCardForm? form = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(measures);
        var candidates = mode switch
        {
            ReviewCardMode.Forward => OfficeRouting.ForwardCandidates(version, roster),
            ReviewCardMode.Assign => [.. roster.ActivePeople.Where(p => p.Number != author.Number && p.IsMember).OrderBy(p => p.Number, StringComparer.Ordinal).Take(100)],
            _ => (IReadOnlyList<Person>)[],
        };
        return ReviewCard.Build(language, new ReviewCardView
        {
            Version = version,
            Author = author,
            Roster = roster,
            Mode = mode,
            EarlierVersions = [.. measures.EarlierThan(version.Version)],
            ViewerTeamsId = viewerTeamsId,
            Form = form ?? ReviewCardForm.Blank,
            Candidates = candidates,
            SuggestedReviewer = mode == ReviewCardMode.Forward ? (version.Route.Reviewers.Count > 0 ? version.Route.Reviewers[0] : null) : null,
            Banner = mode == ReviewCardMode.Closed ? Banner(version, measures) : null,
            Notice = notice,
        }).ToJson();
    }

    /// <summary>What closed the version for this copy: the decision, the withdrawal, or the office's forward/assignment.</summary>
    public static ReviewCardBanner? Banner(SubmissionVersion version, MemberMeasures measures)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(measures);
        if (version.Decision is { } d)
        {
            return new ReviewCardBanner.Decided(d.Outcome, d.ByNumber, d.At, d.Comment, d.External);
        }

        if (version.WithdrawnAt is { } withdrawn)
        {
            return new ReviewCardBanner.Withdrawn(withdrawn);
        }

        var routed = measures.History.LastOrDefault(e => e.Version == version.Version && e.Kind is MeasureEventKind.Forwarded or MeasureEventKind.Assigned or MeasureEventKind.Rerouted);
        return routed?.Kind switch
        {
            MeasureEventKind.Forwarded => new ReviewCardBanner.Forwarded(routed.ByNumber, routed.Detail ?? "", routed.At),
            MeasureEventKind.Assigned => new ReviewCardBanner.Assigned(routed.ByNumber, routed.Detail ?? "", routed.At),
            MeasureEventKind.Rerouted => new ReviewCardBanner.Rerouted(routed.Detail),
            _ => version.Status is MeasureStatus.AwaitingReview && version.Reviewers.Count > 0
                ? new ReviewCardBanner.Assigned("", version.Reviewers[0], version.SubmittedAt)
                : null,
        };
    }
}
