using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Drafting;

namespace RectifyBot.Bot.Measures;

/// <summary>
/// Drafting measures: "新建整改措施", "继续草稿", "修改", and every button of the draft's cards. A card's revision is
/// passed on so a stale card from another device is refused, not applied.
/// </summary>
public sealed class DraftCommand(MeasureDrafting drafting, MeasureSubmission submission, DraftReplies replies, DraftSubmitting submitting) : IChatCommand
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        MeasureActions.DraftAnswerVerb, MeasureActions.DraftSkipVerb, MeasureActions.DraftCancelVerb, MeasureActions.DraftContinueVerb,
        MeasureActions.DraftPreviewVerb, MeasureActions.DraftProblemEditVerb, MeasureActions.DraftProblemAddVerb, MeasureActions.DraftProblemSaveVerb,
        MeasureActions.DraftProblemRemoveVerb, MeasureActions.DraftCommitmentEditVerb, MeasureActions.DraftSubmitVerb, MeasureActions.MeasureReviseVerb,
    };

    public bool CanAnswer(ChatRequest request) =>
        request is not null
        && (request.Command == KnownCommands.NewMeasure || request.Command == KnownCommands.ContinueDraft || request.Command == KnownCommands.Revise
            || (request.Verb is { } verb && Verbs.Contains(verb)));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } author)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var revision = Int(request, MeasureActions.RevisionKey);
        var problem = Int(request, MeasureActions.ProblemKey) ?? 0;
        if (request.Verb == MeasureActions.DraftSubmitVerb)
        {
            return await submitting.SubmitAsync(request.Language, author, revision ?? -1, cancellationToken).ConfigureAwait(false);
        }

        var turn = request.Verb switch
        {
            MeasureActions.DraftAnswerVerb => await drafting.AnswerAsync(author, request.Data?.Value<string>(DraftStepCard.AnswerInputId), revision, Step(request), cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftSkipVerb => await drafting.SkipAsync(author, revision, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftCancelVerb => await drafting.CancelAsync(author, revision, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftContinueVerb => await drafting.ContinueAsync(author, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftPreviewVerb => await drafting.PreviewAsync(author, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftProblemEditVerb => await drafting.EditProblemAsync(author, problem, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftProblemAddVerb => await drafting.AddProblemAsync(author, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftProblemSaveVerb => await drafting.SaveProblemAsync(author, problem, ProblemFormFields.Read(request.Data), revision, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftProblemRemoveVerb => await drafting.RemoveProblemAsync(author, problem, revision, cancellationToken).ConfigureAwait(false),
            MeasureActions.DraftCommitmentEditVerb => await drafting.EditCommitmentAsync(author, cancellationToken).ConfigureAwait(false),
            MeasureActions.MeasureReviseVerb => await ReviseAsync(request, author, cancellationToken).ConfigureAwait(false),
            _ when request.Command == KnownCommands.ContinueDraft => await drafting.ContinueAsync(author, cancellationToken).ConfigureAwait(false),
            _ when request.Command == KnownCommands.Revise => await ReviseAsync(request, author, cancellationToken).ConfigureAwait(false),
            _ => await drafting.StartAsync(author, cancellationToken).ConfigureAwait(false),
        };
        return await replies.ReplyAsync(request.Language, author, turn, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DraftTurn> ReviseAsync(ChatRequest request, Core.Roster.Person author, CancellationToken cancellationToken)
    {
        if (Int(request, MeasureActions.VersionKey) is { } version)
        {
            return await drafting.ReviseAsync(author, version, cancellationToken).ConfigureAwait(false);
        }

        // Typed "修改": the latest version, whatever it is (the refusal says why when it cannot be revised).
        var latest = await submission.LatestAsync(author, cancellationToken).ConfigureAwait(false);
        return await drafting.ReviseAsync(author, latest?.Version ?? 0, cancellationToken).ConfigureAwait(false);
    }

    private static DraftStep? Step(ChatRequest request) =>
        Enum.TryParse<DraftStep>(request.Data?.Value<string>(MeasureActions.StepKey), out var step) ? step : null;

    private static int? Int(ChatRequest request, string key) =>
        int.TryParse(request.Data?.Value<string>(key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
