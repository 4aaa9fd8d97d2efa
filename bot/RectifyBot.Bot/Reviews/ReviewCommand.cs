using RectifyBot.Teams.Reviews;
using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Measures;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Reviews;

/// <summary>
/// "待我审核" and every button of a review card: open, refresh, approve, return, forward, assign, record the external
/// decision, and read the full text. Card data is checked on the server; the reply is the card as it now stands for
/// this viewer (on desktop it replaces the clicked copy), with a refusal's reason on it.
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
        if (request.Verb == ReviewCard.FullTextVerb)
        {
            return await FullTextAsync(request, turnContext, viewer, author, version, cancellationToken).ConfigureAwait(false);
        }

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

        // The reason goes on the card: on desktop the card answering the click is all the reviewer sees.
        return ChatReply.Card(ReviewCards.For(request.Language, current, turnContext.Activity.From?.Id, Form(request, outcome, comment, reviewer), Notice(request.Language, outcome)));
    }

    /// <summary>
    /// "查看全文": the submission uncut, in as many messages as it needs, to those allowed to read it. On desktop the
    /// clicked card stays as it is and the text arrives below it; from a message the last part is the reply.
    /// </summary>
    private async Task<ChatReply> FullTextAsync(ChatRequest request, ITurnContext turnContext, Person viewer, string author, int version, CancellationToken cancellationToken)
    {
        var current = await viewing.OpenAsync(viewer, author, version, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return ChatReply.Message(CardText.Get(request.Language, "Review_FullText_Refused"));
        }

        var messages = ReviewFullText.Messages(request.Language, current.Author, current.Version, [.. current.Measures.EarlierThan(version)], current.Roster);
        foreach (var message in request.IsCardInvoke ? messages : messages.Take(messages.Count - 1))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(message), cancellationToken).ConfigureAwait(false);
        }

        return request.IsCardInvoke
            ? ChatReply.Card(ReviewCards.For(request.Language, current, turnContext.Activity.From?.Id))
            : ChatReply.Message(messages[^1]);
    }

    /// <summary>Why the action changed nothing, for the top of the card; an input's own error stays under its field.</summary>
    private static string? Notice(UserLanguage language, MeasureActionOutcome? outcome) => outcome switch
    {
        null or { Result: MeasureActionResult.Done } => null,
        { Result: MeasureActionResult.CommentRequired or MeasureActionResult.CommentTooLong or MeasureActionResult.UnknownReviewer } => null,

        // A repeated click (Teams retries invokes) records nothing new: it is told who decided, like anyone else.
        { Result: MeasureActionResult.AlreadyDone, Version.Decision: not null } => SubmissionReplies.Refusal(language, outcome with { Result = MeasureActionResult.AlreadyDecided }),
        { Result: MeasureActionResult.AlreadyDone } => null,
        _ => SubmissionReplies.Refusal(language, outcome),
    };

    /// <summary>A refused input comes back as typed, with the error under its field.</summary>
    private static ReviewCardForm? Form(ChatRequest request, MeasureActionOutcome? outcome, string? comment, string? reviewer) => outcome?.Result switch
    {
        MeasureActionResult.CommentRequired or MeasureActionResult.CommentTooLong =>
            new ReviewCardForm(comment, reviewer, null, SubmissionReplies.Refusal(request.Language, outcome)),
        MeasureActionResult.UnknownReviewer => new ReviewCardForm(comment, reviewer, null, null, SubmissionReplies.Refusal(request.Language, outcome)),
        _ => null,
    };
}
