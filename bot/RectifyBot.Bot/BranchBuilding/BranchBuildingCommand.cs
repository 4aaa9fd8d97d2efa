using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.BranchBuilding;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.BranchBuilding;

namespace RectifyBot.Bot.BranchBuilding;

/// <summary>
/// "支部建设" / "branch building": the open branch-building items the person may see (DOMAIN.md §6); the office records a
/// weak branch as reorganised from the card — a refused record comes back with the error under its field and the note
/// kept; anyone else is told only the office may.
/// </summary>
public sealed class BranchBuildingCommand(BranchBuildingDesk desk) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.BranchBuilding || string.Equals(request.Verb, BranchBuildingCard.ResolveVerb, StringComparison.Ordinal));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var language = request.Language;
        if (!string.Equals(request.Verb, BranchBuildingCard.ResolveVerb, StringComparison.Ordinal))
        {
            return ChatReply.Card(BranchBuildingCard.Build(language, new BranchBuildingView(await desk.ItemsAsync(person, cancellationToken).ConfigureAwait(false))).ToJson());
        }

        var branch = request.Data?.Value<string>(BranchBuildingCard.BranchField);
        var note = request.Data?.Value<string>(BranchBuildingCard.NoteField);
        var outcome = await desk.ResolveWeakAsync(person, branch, note, cancellationToken).ConfigureAwait(false);
        if (outcome.Result == BranchBuildingResult.NotAllowed)
        {
            return ChatReply.Message(CardText.Get(language, "Reply_OfficeOnly"));
        }

        var page = await desk.ItemsAsync(person, cancellationToken).ConfigureAwait(false);
        var view = outcome.Result switch
        {
            BranchBuildingResult.Done => new BranchBuildingView(page) { Notice = new MeasureNotice("BranchBuilding_Resolved", [page.Roster.Unit(branch)?.Name ?? branch ?? ""]) },
            BranchBuildingResult.UnknownBranch => new BranchBuildingView(page)
            {
                Note = note,
                Notice = new MeasureNotice("BranchBuilding_NotSaved", [], IsWarning: true),
                Errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [BranchBuildingCard.BranchField] = [CardText.Get(language, "BranchBuilding_NotFlagged")] },
            },
            _ => new BranchBuildingView(page)
            {
                Branch = branch,
                Note = note,
                Notice = new MeasureNotice("BranchBuilding_NotSaved", [], IsWarning: true),
                Errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                {
                    [BranchBuildingCard.NoteField] = [.. outcome.Problems.Select(p => CardText.Format(language, "BranchBuilding_Problem_Note_" + p.Problem, BranchBuildingLimits.ResolutionNote))],
                },
            },
        };
        return ChatReply.Card(BranchBuildingCard.Build(language, view).ToJson());
    }
}
