using System.Security.Cryptography;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Every unit's anonymous suggestion box (意见箱), open at any time, in Teams and on the web. An opinion goes through the
/// same queue and ingestion as survey answers, under the box's own id (<see cref="BoxId"/>), with no person, token or
/// time: it is held until 5 are held, then written in a shuffled batch, and each batch reaches the unit's leaders as one
/// digest (docs/anonymity.md). The unit's survey results list the box's opinions with the survey's.
/// </summary>
public sealed class SuggestionBox(ISurveyReplyQueue queue)
{
    private const string Prefix = "box|";

    /// <summary>The answers partition of a unit's box (a survey id never starts with "box|").</summary>
    public static string BoxId(string unitCode) => Prefix + unitCode;

    public static bool IsBox(string surveyId) => surveyId?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string UnitOf(string boxId) => IsBox(boxId) ? boxId[Prefix.Length..] : throw new ArgumentException("Not a suggestion box id.", nameof(boxId));

    /// <summary>Queues the opinion for the unit's box; the problem (unknown unit, empty, too long) when it cannot be accepted.</summary>
    public async Task<SurveyReplyProblem?> LeaveAsync(Roster.Roster roster, string? unitCode, string? opinion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.Unit(unitCode) is not { } unit)
        {
            return SurveyReplyProblem.UnknownSurvey;
        }

        var clean = SurveyReplyForm.Of(null, opinion).CleanOpinion;
        if (clean is null)
        {
            return SurveyReplyProblem.Empty;
        }

        if (clean.Length > SurveyLimits.OpinionMaxLength)
        {
            return SurveyReplyProblem.OpinionTooLong;
        }

        await queue.EnqueueAsync(new SurveyReply
        {
            SurveyId = BoxId(unit.Code),
            BallotId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Answer = Opinion(clean),
        }, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>What a box stores: the opinion only (no choice, no category).</summary>
    public static SurveyAnswer Opinion(string opinion) => new() { Category = ParticipantCategory.Other, Opinion = opinion, Source = ReplySource.SuggestionBox };
}
