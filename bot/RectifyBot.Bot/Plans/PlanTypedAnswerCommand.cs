using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Measures;
using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Plans.Drafting;

namespace RectifyBot.Bot.Plans;

/// <summary>
/// Asked last: typed text that is no command answers the draft the person touched last — their unit's plan draft
/// (this class) or their own measures draft (<see cref="DraftTypedAnswerCommand"/>). At the plan's preview "提交" /
/// "submit" submits it.
/// </summary>
public sealed class PlanTypedAnswerCommand(PlanDrafting drafting, MeasureDrafting measures, PlanDraftReplies replies, DraftTypedAnswerCommand measureAnswers) : IChatCommand
{
    private static readonly string[] SubmitWords = ["提交", "submit"];

    public bool CanAnswer(ChatRequest request) => measureAnswers.CanAnswer(request);

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actor = request.Person!;
        var plan = await drafting.FindMineAsync(actor, cancellationToken).ConfigureAwait(false);
        if (plan is null || await measures.FindAsync(actor, cancellationToken).ConfigureAwait(false) is { } measure && measure.UpdatedAt > plan.UpdatedAt)
        {
            return await measureAnswers.HandleAsync(request, turnContext, cancellationToken).ConfigureAwait(false);
        }

        var text = request.Text!.Normalize(System.Text.NormalizationForm.FormKC).Trim().TrimEnd('。', '.', '!', '！');
        var turn = plan.Step is null && (SubmitWords.Contains(text, StringComparer.OrdinalIgnoreCase) || YesNoText.Read(text) == true)
            ? await drafting.SubmitAsync(actor, plan.UnitCode, plan.Revision, cancellationToken).ConfigureAwait(false)
            : await drafting.AnswerAsync(actor, plan.UnitCode, request.Text, revision: null, step: null, cancellationToken).ConfigureAwait(false);
        return replies.Reply(request.Language, turn);
    }
}
