using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;

namespace RectifyBot.Bot.Measures;

/// <summary>What the member is told after submitting or withdrawing, and why an action was refused (one message per reason).</summary>
public sealed class SubmissionReplies
{
    public ChatReply Reply(UserLanguage language, MeasureActionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome is { Result: MeasureActionResult.Done or MeasureActionResult.AlreadyDone, Version: { } v })
        {
            var key = v.Status == MeasureStatus.Withdrawn ? "Measure_WithdrawnReply" : "Measure_SubmittedReply_" + v.Status;
            var names = string.Join(language == UserLanguage.En ? ", " : "、", v.Reviewers.Select(n => outcome.Roster?.Person(n)?.Name ?? n));
            return ChatReply.Message(CardText.Format(language, key, v.Version, names));
        }

        return ChatReply.Message(Refusal(language, outcome));
    }

    /// <summary>Why an action was refused, naming who decided when someone did.</summary>
    public static string Refusal(UserLanguage language, MeasureActionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome is { Result: MeasureActionResult.AlreadyDecided, Version.Decision: { } d })
        {
            var at = Core.Stages.ChinaTime.ToChinaTime(d.At).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            return CardText.Format(language, "Measure_Refused_AlreadyDecidedBy", outcome.Roster?.Person(d.ByNumber)?.Name ?? d.ByNumber, at,
                CardText.Get(language, "Measure_Outcome_" + d.Outcome));
        }

        return CardText.Format(language, "Measure_Refused_" + outcome.Result, outcome.Version?.Version ?? 0);
    }
}
