using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Mechanisms;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster;
using RectifyBot.Documents.Mechanisms;

namespace RectifyBot.Bot.Mechanisms;

/// <summary>
/// "长效机制" / "mechanisms" (DOMAIN.md §6). The office gets every unit's overview (which units lack which mechanism,
/// a unit to open, Excel export); a principal leader gets their unit's card; "长效机制 &lt;单位编码&gt;" opens one unit
/// for anyone who may see its status. Each mechanism's save button records it (<see cref="MechanismRegister"/>): a
/// refused save comes back with the error under its field and everything typed kept; someone not allowed is told so.
/// </summary>
public sealed class MechanismsCommand(MechanismRegister register, IRosterRepository rosters, FileConsentOffers offers) : IChatCommand
{
    private static readonly string[] Verbs = [MechanismsCard.SaveVerb, MechanismOverviewCard.OpenVerb, MechanismOverviewCard.ExportVerb];

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.Mechanisms || Verbs.Contains(request.Verb, StringComparer.Ordinal)
            || (request.Verb is null && CommandRecognizer.ArgumentsOf(KnownCommands.Mechanisms, request.Text) is { Length: > 0 }));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var language = request.Language;
        switch (request.Verb)
        {
            case MechanismsCard.SaveVerb:
                return await SaveAsync(request, person, cancellationToken).ConfigureAwait(false);
            case MechanismOverviewCard.ExportVerb:
                var overview = await register.OverviewAsync(person, cancellationToken).ConfigureAwait(false);
                return overview is null
                    ? ChatReply.Message(CardText.Get(language, "Reply_OfficeOnly"))
                    : await offers.OfferAsync(request, turnContext, MechanismWorkbook.FileName(overview), MechanismWorkbook.Write(overview), cancellationToken).ConfigureAwait(false);
            case MechanismOverviewCard.OpenVerb:
                var chosen = request.Data?.Value<string>(MechanismOverviewCard.UnitField);
                if (string.IsNullOrWhiteSpace(chosen) && await register.OverviewAsync(person, cancellationToken).ConfigureAwait(false) is { } unchosen)
                {
                    return ChatReply.Card(MechanismOverviewCard.Build(language, unchosen, [CardText.Get(language, "MechanismOverview_ChooseUnit")]).ToJson());
                }

                return await UnitAsync(language, person, chosen, cancellationToken).ConfigureAwait(false);
        }

        if (CommandRecognizer.ArgumentsOf(KnownCommands.Mechanisms, request.Text) is { Length: > 0 } unitCode)
        {
            return await UnitAsync(language, person, unitCode, cancellationToken).ConfigureAwait(false);
        }

        if (await register.OverviewAsync(person, cancellationToken).ConfigureAwait(false) is { } all)
        {
            return ChatReply.Card(MechanismOverviewCard.Build(language, all).ToJson());
        }

        // A principal leader: their (first) unit; anyone else: the committee of their own branch, when they may see it.
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var mine = MechanismRegister.UnitsFor(person, roster);
        var unit = mine.Count > 0 ? mine[0] : roster.CommitteeOf(person.PartyUnitCode);
        return unit is not null && await register.PageAsync(person, unit.Code, cancellationToken).ConfigureAwait(false) is { } page
            ? ChatReply.Card(MechanismsCard.Build(language, new MechanismsView(page, roster)).ToJson())
            : ChatReply.Message(CardText.Get(language, "Mechanisms_NoUnit"));
    }

    private async Task<ChatReply> UnitAsync(UserLanguage language, Person person, string? unitCode, CancellationToken cancellationToken)
    {
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode?.Trim()) is not { IsPartyCommitteeLevel: true })
        {
            return ChatReply.Message(CardText.Format(language, "Mechanisms_UnknownUnit", unitCode?.Trim() ?? ""));
        }

        var page = await register.PageAsync(person, unitCode, cancellationToken).ConfigureAwait(false);
        return page is null
            ? ChatReply.Message(CardText.Get(language, "Mechanisms_CannotSee"))
            : ChatReply.Card(MechanismsCard.Build(language, new MechanismsView(page, roster)).ToJson());
    }

    private async Task<ChatReply> SaveAsync(ChatRequest request, Person person, CancellationToken cancellationToken)
    {
        var language = request.Language;
        var unitCode = request.Data?.Value<string>(MechanismsCard.UnitKey);
        var kindText = request.Data?.Value<string>(MechanismsCard.KindKey);
        if (!MechanismRegister.TryParse<MechanismKind>(kindText, out var kind))
        {
            return ChatReply.Message(CardText.Get(language, "Mechanisms_UnknownKind"));
        }

        var input = new MechanismInput(unitCode, kind.ToString(), Typed(request, MechanismsCard.StatusField(kind)),
            Typed(request, MechanismsCard.DocumentField(kind)), Typed(request, MechanismsCard.LinkField(kind)));
        var (outcome, page) = await register.RecordAsync(person, input, cancellationToken).ConfigureAwait(false);
        switch (outcome.Result)
        {
            case MechanismRecordResult.UnknownUnit:
                return ChatReply.Message(CardText.Format(language, "Mechanisms_UnknownUnit", unitCode?.Trim() ?? ""));
            case MechanismRecordResult.NotAllowed:
                return ChatReply.Message(CardText.Get(language, "Mechanisms_NotAllowed"));
        }

        if (page is null)
        {
            return ChatReply.Message(CardText.Get(language, "Mechanisms_CannotSee"));
        }

        // Everything typed on the card is kept, except the mechanism just saved, which shows as stored.
        var typed = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var other in UnitMechanisms.Kinds.Where(k => k != kind || outcome.Result == MechanismRecordResult.Invalid))
        {
            foreach (var field in new[] { MechanismsCard.StatusField(other), MechanismsCard.DocumentField(other), MechanismsCard.LinkField(other) })
            {
                if (request.Data?.ContainsKey(field) == true)
                {
                    typed[field] = Typed(request, field);
                }
            }
        }

        var kindName = MechanismWords.Kind(language, kind);
        var view = new MechanismsView(page, await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false)) { Typed = typed };
        view = outcome.Result switch
        {
            MechanismRecordResult.Saved => view with { Notice = new MeasureNotice("Mechanisms_Saved", [kindName, MechanismWords.Status(language, outcome.Mechanism!.Status)]) },
            MechanismRecordResult.Unchanged => view with { Notice = new MeasureNotice("Mechanisms_Unchanged", [kindName]) },
            _ => view with
            {
                Notice = new MeasureNotice("Mechanisms_NotSaved", [], IsWarning: true),
                Errors = outcome.Problems.GroupBy(p => FieldOf(p.Field, kind)).ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<string>)[.. g.Select(p => CardText.Format(language, $"Mechanisms_Problem_{p.Field}_{p.Kind}", MechanismLimits.Document, MechanismLimits.Link))],
                    StringComparer.Ordinal),
            },
        };
        return ChatReply.Card(MechanismsCard.Build(language, view).ToJson());
    }

    private static string FieldOf(MechanismField field, MechanismKind kind) => field switch
    {
        MechanismField.Document => MechanismsCard.DocumentField(kind),
        MechanismField.Link => MechanismsCard.LinkField(kind),
        _ => MechanismsCard.StatusField(kind),
    };

    private static string? Typed(ChatRequest request, string field) => request.Data?.Value<string>(field);
}
