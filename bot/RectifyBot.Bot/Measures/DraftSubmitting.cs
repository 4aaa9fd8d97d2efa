using RectifyBot.Bot.Conversations;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Measures;

/// <summary>Submits the draft (the preview's button or a typed "提交"); an incomplete or since-changed draft comes back with the reason.</summary>
public sealed class DraftSubmitting(MeasureDrafting drafting, MeasureSubmission submission, DraftReplies replies, SubmissionReplies submitted)
{
    public async Task<ChatReply> SubmitAsync(UserLanguage language, Person author, int revision, CancellationToken cancellationToken)
    {
        var outcome = await submission.SubmitAsync(author, revision, cancellationToken).ConfigureAwait(false);
        if (outcome.Result != MeasureActionResult.DraftNotReady)
        {
            return submitted.Reply(language, outcome);
        }

        var current = await drafting.CurrentAsync(author, cancellationToken).ConfigureAwait(false);
        var reason = current.Draft is { } d && d.Revision != revision ? "Draft_Conflict" : "Draft_Incomplete";
        return await replies.ReplyAsync(language, author, current with { Notice = new DraftMessage(reason) }, cancellationToken).ConfigureAwait(false);
    }
}
