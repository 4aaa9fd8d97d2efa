using RectifyBot.Teams.Reviews;
using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Measures;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Bot.Reviews;

/// <summary>
/// "待我审核" and every button of a review card: open, refresh, approve, return, forward, assign, record the external
/// decision. Card data is checked on the server; the reply is the card as it now stands for this viewer (on desktop
/// it replaces the clicked copy), with a refusal's reason on it.
/// </summary>
public sealed class ReviewCommand(ReviewQueue queue, ReviewViewing viewing, ReviewDecisions decisions, OfficeRouting office, TimeProvider time) : IChatCommand
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        MyReviewsCard.OpenVerb, ReviewCard.RefreshVerb, ReviewCard.ApproveVerb, ReviewCard.ReturnVerb, ReviewCard.ForwardVerb,
        ReviewCard.AssignVerb, ReviewCard.ExternalVerb, ReviewCard.FullTextVerb,
    };

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.MyReviews || (request.Verb is { } verb && Verbs.Contains(verb)));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (request.Person is not { } viewer)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        if (request.Verb is null)
        {
            var items = await queue.ForAsync(viewer, cancellationToken).ConfigureAwait(false);
            var view = new MyReviewsView([.. items.Items.Select(v => MyReviewsItem.From(v, items.Roster))], time.GetUtcNow());
            return ChatReply.Card(MyReviewsCard.Build(request.Language, view).ToJson());
        }

        var author = request.Data?.Value<string>(ReviewCard.AuthorKey) ?? "";
        var version = int.TryParse(request.Data?.Value<string>(ReviewCard.VersionKey), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
        var comment = request.Data?.Value<string>(ReviewCard.CommentInput);
        var reviewer = request.Data?.Value<string>(ReviewCard.ReviewerInput);
        var outcome = request.Verb switch
        {
            ReviewCard.ApproveVerb => await decisions.DecideAsync(viewer, author, version, ReviewOutcome.Approved, comment, cancellationToken).ConfigureAwait(false),
            ReviewCard.ReturnVerb => await decisions.DecideAsync(viewer, author, version, ReviewOutcome.Returned, comment, cancellationToken).ConfigureAwait(false),
            ReviewCard.ForwardVerb => await office.ForwardAsync(viewer, author, version, reviewer ?? "", cancellationToken).ConfigureAwait(false),
            ReviewCard.AssignVerb => await office.AssignAsync(viewer, author, version, reviewer ?? "", cancellationToken).ConfigureAwait(false),
            ReviewCard.ExternalVerb => await decisions.RecordExternalAsync(
                viewer, author, version,
                Enum.TryParse<ReviewOutcome>(request.Data?.Value<string>(ReviewCard.OutcomeInput), out var o) ? o : ReviewOutcome.Returned,
                comment, cancellationToken).ConfigureAwait(false),
            _ => null,
        };

        var current = await viewing.OpenAsync(viewer, author, version, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return ChatReply.Message(SubmissionReplies.Refusal(request.Language, new MeasureActionOutcome(MeasureActionResult.NotAllowed)));
        }

        var card = ReviewCards.For(request.Language, current, turnContext.Activity.From?.Id, Form(request, outcome, comment, reviewer));
        return outcome is null || outcome.Succeeded
            ? ChatReply.Card(card)
            : new ChatReply(SubmissionReplies.Refusal(request.Language, outcome), card);
    }

    /// <summary>A refused input comes back as typed, with the error under its field.</summary>
    private static ReviewCardForm? Form(ChatRequest request, MeasureActionOutcome? outcome, string? comment, string? reviewer) => outcome?.Result switch
    {
        MeasureActionResult.CommentRequired or MeasureActionResult.CommentTooLong =>
            new ReviewCardForm(comment, reviewer, null, SubmissionReplies.Refusal(request.Language, outcome)),
        MeasureActionResult.UnknownReviewer => new ReviewCardForm(comment, reviewer, null, null, SubmissionReplies.Refusal(request.Language, outcome)),
        _ => null,
    };
}
