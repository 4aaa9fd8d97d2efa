using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// One copy of a review card: the version under review and everything a reviewer needs to judge it in the chat alone
/// (who wrote it, by which rule it came to them, what earlier versions were told), for one holder in one mode.
/// </summary>
public sealed record ReviewCardView
{
    public required SubmissionVersion Version { get; init; }

    /// <summary>The author as the roster knows them now (name, number, positions and post in words).</summary>
    public required Person Author { get; init; }

    public required Core.Roster.Roster Roster { get; init; }

    public required ReviewCardMode Mode { get; init; }

    /// <summary>The route in words (e.g. from <see cref="ReviewRouteText"/>); null: the card words the version's fixed route.</summary>
    public string? RouteText { get; init; }

    /// <summary>The author's earlier versions with the decisions (and comments) they received, oldest first.</summary>
    public IReadOnlyList<SubmissionVersion> EarlierVersions { get; init; } = [];

    /// <summary>The Teams user id (29:…) of this copy's holder: Teams refreshes the copy when they open it.</summary>
    public string? ViewerTeamsId { get; init; }

    public ReviewCardForm Form { get; init; } = ReviewCardForm.Blank;

    /// <summary>Forward and assign: the people the office may choose (school leaders for a forward).</summary>
    public IReadOnlyList<Person> Candidates { get; init; } = [];

    /// <summary>Forward: the unit's liaison school leader, preselected unless the form says otherwise.</summary>
    public string? SuggestedReviewer { get; init; }

    /// <summary>Assign: why the route fell back to the office, in the viewer's language; null: worded from the route's fallback.</summary>
    public string? AssignReason { get; init; }

    /// <summary>Closed: what closed the copy.</summary>
    public ReviewCardBanner? Banner { get; init; }

    /// <summary>
    /// Why the holder's last action was refused ("already decided by …", a superseded version), shown at the top: on
    /// desktop the card answering the click is all the holder sees.
    /// </summary>
    public string? Notice { get; init; }
}
