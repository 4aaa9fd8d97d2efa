using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Bot.Measures;

/// <summary>
/// "我的整改措施": each version and problem with status and deadline, the ledger entries; withdraw an open version;
/// the units' plan items the member is responsible for; open a ledger entry (a measure's or a plan item's), post
/// progress, mark it done.
/// </summary>
public sealed class MyMeasuresCommand(
    IMeasureRepository measures, IPlanRepository plans, IRosterRepository rosters, MeasureSubmission submission, LedgerProgress progress, SubmissionReplies replies, TimeProvider time)
    : IChatCommand
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        MeasureActions.MyMeasuresVerb, MeasureActions.MeasureWithdrawVerb, MeasureActions.LedgerOpenVerb, MeasureActions.LedgerProgressVerb, MeasureActions.LedgerDoneVerb,
    };

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.MyMeasures || (request.Verb is { } verb && Verbs.Contains(verb)));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var entryId = request.Data?.Value<string>(MeasureActions.EntryKey);
        switch (request.Verb)
        {
            case MeasureActions.MeasureWithdrawVerb:
                var version = int.TryParse(request.Data?.Value<string>(MeasureActions.VersionKey), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
                return replies.Reply(request.Language, await submission.WithdrawAsync(person, version, cancellationToken).ConfigureAwait(false));
            case MeasureActions.LedgerOpenVerb:
                return await progress.FindAsync(person, entryId ?? "", cancellationToken).ConfigureAwait(false) is { } entry
                    ? Entry(request, entry, LedgerProgressForm.Blank)
                    : ChatReply.Message(CardText.Get(request.Language, "Ledger_NotFound"));
            case MeasureActions.LedgerProgressVerb or MeasureActions.LedgerDoneVerb:
                return await NoteAsync(request, person, entryId ?? "", request.Verb == MeasureActions.LedgerDoneVerb, cancellationToken).ConfigureAwait(false);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var mine = await measures.LoadAsync(person.Number, cancellationToken).ConfigureAwait(false);
        var draft = await measures.FindDraftAsync(person.Number, cancellationToken).ConfigureAwait(false);
        var planItems = new List<LedgerEntry>();
        await foreach (var entry in plans.ListEntriesOwnedByAsync(person.Number, cancellationToken).ConfigureAwait(false))
        {
            planItems.Add(entry);
        }

        var view = new MyMeasuresView(mine, draft, roster, ChinaTime.Today(time)) { PlanItems = planItems };
        return ChatReply.Card(MyMeasuresCard.Build(request.Language, view).ToJson());
    }

    private async Task<ChatReply> NoteAsync(ChatRequest request, Person person, string entryId, bool complete, CancellationToken cancellationToken)
    {
        var note = request.Data?.Value<string>(LedgerEntryCard.NoteField);
        var link = request.Data?.Value<string>(LedgerEntryCard.EvidenceLinkField);
        var outcome = await progress.NoteAsync(person, entryId, note, link, complete, cancellationToken).ConfigureAwait(false);
        if (outcome.Entry is not { } entry)
        {
            return ChatReply.Message(CardText.Get(request.Language, "Ledger_NotFound"));
        }

        var form = outcome.Result switch
        {
            LedgerProgressResult.Noted => LedgerProgressForm.Blank with { Notice = new MeasureNotice(MeasureNoticeKeys.ProgressSaved, []) },
            LedgerProgressResult.Completed => LedgerProgressForm.Blank with { Notice = new MeasureNotice(MeasureNoticeKeys.MarkedDone, []) },
            LedgerProgressResult.Conflict => new LedgerProgressForm(note, link, new Dictionary<string, IReadOnlyList<string>>(), new MeasureNotice(MeasureNoticeKeys.EntryConflict, [], IsWarning: true)),
            _ => new LedgerProgressForm(note, link, Errors(request, outcome), new MeasureNotice(MeasureNoticeKeys.NotSaved, [], IsWarning: true)),
        };
        return Entry(request, entry, form);
    }

    private static Dictionary<string, IReadOnlyList<string>> Errors(ChatRequest request, LedgerProgressOutcome outcome) =>
        (outcome.Problems ?? [outcome.Result])
            .GroupBy(p => p == LedgerProgressResult.EvidenceLinkInvalid ? LedgerEntryCard.EvidenceLinkField : LedgerEntryCard.NoteField)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => CardText.Format(request.Language, "Ledger_Problem_" + p, MeasureLimits.ProgressNote, MeasureLimits.EvidenceLink))], StringComparer.Ordinal);

    private ChatReply Entry(ChatRequest request, LedgerEntry entry, LedgerProgressForm form) =>
        ChatReply.Card(LedgerEntryCard.Build(request.Language, new LedgerEntryView(entry, ChinaTime.Today(time)) { Form = form }).ToJson());
}
