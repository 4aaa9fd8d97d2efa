using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// Tells whoever published a plan or status report who is asked for feedback, and hands them the one-time links for
/// the people the bot cannot message (the links exist in the clear only now; "测评链接 &lt;id&gt;" reissues them later,
/// while none was used).
/// </summary>
public sealed class FeedbackOpeningNotice(CreatedSurveyLinksFile linkSheet, ISurveyRepository surveys, IRosterRepository rosters)
{
    /// <summary>
    /// The publish answer with who was asked: below its text for a message; on desktop (Action.Execute, whose answer is
    /// the card alone) sent as a message of its own below the card.
    /// </summary>
    public async Task<ChatReply> AddToAsync(ChatRequest request, ITurnContext turnContext, ChatReply reply, FeedbackOpening opening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reply);
        var asked = await DescribeAsync(request, turnContext, opening, cancellationToken).ConfigureAwait(false);
        if (!request.IsCardInvoke)
        {
            return reply with { Text = reply.Text is null ? asked : reply.Text + "\n\n" + asked };
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(asked), cancellationToken).ConfigureAwait(false);
        return reply;
    }

    private async Task<string> DescribeAsync(ChatRequest request, ITurnContext turnContext, FeedbackOpening opening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(opening);
        var language = request.Language;
        var text = FeedbackOpenedText.Asked(language, opening);
        if (opening.Links.Count == 0)
        {
            return text;
        }

        if (await surveys.FindAsync(opening.SurveyId, cancellationToken).ConfigureAwait(false) is not { } survey)
        {
            return text;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var offered = await linkSheet.OfferAsync(request, turnContext, survey, opening.Links, roster, cancellationToken).ConfigureAwait(false);
        return text + "\n\n" + CardText.Format(language, offered ? "SurveyLinks_Offered" : "SurveyLinks_NotOffered", SurveyWords.Count(opening.Links.Count));
    }
}
