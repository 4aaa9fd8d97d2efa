using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Reviews;

/// <summary>One open version in a reviewer's (or the office's) queue: whose, which version, since when, awaiting what.</summary>
/// <param name="AuthorNumber">The author's person number: the identity (namesakes are common).</param>
/// <param name="AuthorName">The author's name as the roster knows it.</param>
/// <param name="UnitName">The author's unit when submitting; null when the roster no longer knows it.</param>
/// <param name="Version">The version number awaiting the viewer.</param>
/// <param name="SubmittedAt">When it was submitted: the queue is oldest first, and days waiting count from it.</param>
/// <param name="Awaiting">What the viewer is to do: an open <see cref="MeasureStatus"/> (review, forward, assign, record).</param>
public sealed record MyReviewsItem(
    string AuthorNumber,
    string AuthorName,
    string? UnitName,
    int Version,
    DateTimeOffset SubmittedAt,
    MeasureStatus Awaiting)
{
    /// <summary>The item for a version, named from the roster (the unit the author belonged to when submitting).</summary>
    public static MyReviewsItem From(SubmissionVersion version, Core.Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(roster);
        var author = roster.Person(version.AuthorNumber);
        var unit = roster.Unit(version.AuthorUnitCode) ?? roster.Unit(author?.PartyUnitCode);
        return new MyReviewsItem(version.AuthorNumber, author?.Name ?? version.AuthorNumber, unit?.Name, version.Version, version.SubmittedAt, version.Status);
    }
}
