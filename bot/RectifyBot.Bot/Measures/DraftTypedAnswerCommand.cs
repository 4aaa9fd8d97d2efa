using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Measures.Drafting;

namespace RectifyBot.Bot.Measures;

/// <summary>
/// Asked last: typed text that is no command answers the draft's current question ("12月31日", "作风", "下月底");
/// at the preview "提交" / "submit" submits. Without a draft the text is simply not understood.
/// </summary>
public sealed class DraftTypedAnswerCommand(MeasureDrafting drafting, DraftReplies replies, DraftSubmitting submitting) : IChatCommand
{
    private static readonly string[] SubmitWords = ["提交", "submit"];

    public bool CanAnswer(ChatRequest request) =>
        request is { IsCardInvoke: false, Verb: null, Person: not null } && !string.IsNullOrWhiteSpace(request.Text);

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var author = request.Person!;
        var draft = await drafting.FindAsync(author, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return ChatReply.Message(BotReplies.NotUnderstood(request.Language));
        }

        var text = request.Text!.Normalize(System.Text.NormalizationForm.FormKC).Trim().TrimEnd('。', '.', '!', '！');
        if (draft.Step == DraftStep.Preview && (SubmitWords.Contains(text, StringComparer.OrdinalIgnoreCase) || YesNoText.Read(text) == true))
        {
            return await submitting.SubmitAsync(request.Language, author, draft.Revision, cancellationToken).ConfigureAwait(false);
        }

        var turn = await drafting.AnswerAsync(author, request.Text, revision: null, step: null, cancellationToken).ConfigureAwait(false);
        return await replies.ReplyAsync(request.Language, author, turn, cancellationToken).ConfigureAwait(false);
    }
}
