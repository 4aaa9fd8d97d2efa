using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// "意见箱" / "suggestion box": the card to pick a unit and write an opinion, its send button, and the typed form
/// "意见箱 &lt;单位编码&gt; &lt;意见&gt;" for mobile. The opinion is queued with no person, token or time (SuggestionBox) and
/// nothing here logs it; the person only hears that it went in.
/// </summary>
public sealed class SuggestionBoxCommand(SuggestionBox box, IRosterRepository rosters) : IChatCommand
{
    /// <summary>Units offered in the card: committees, general branches, departments and affiliated units, and the person's own branch.</summary>
    public const int MaxUnits = 100;

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.SuggestionBox || request.Verb == KnownCommands.SuggestionBoxSendVerb
            || (request.Command is null && request.Verb is null && CommandRecognizer.ArgumentsOf(KnownCommands.SuggestionBox, request.Text) is { Length: > 0 }));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var units = roster.Units
            .Where(u => u.Kind != UnitKind.Branch || u.Code == request.Person?.PartyUnitCode)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Take(MaxUnits)
            .ToList();
        string? unit;
        string? opinion;
        if (request.Verb == KnownCommands.SuggestionBoxSendVerb)
        {
            unit = request.Data?.Value<string>(SuggestionBoxCard.UnitId);
            opinion = request.Data?.Value<string>(SuggestionBoxCard.OpinionId);
        }
        else if (CommandRecognizer.ArgumentsOf(KnownCommands.SuggestionBox, request.Text) is { Length: > 0 } typed)
        {
            var parts = typed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            unit = parts[0];
            opinion = parts.Length > 1 ? parts[1] : null;
        }
        else
        {
            var own = roster.CommitteeOf(request.Person?.PartyUnitCode)?.Code;
            return ChatReply.Card(SuggestionBoxCard.Build(request.Language, units, units.Any(u => u.Code == own) ? own : null).ToJson());
        }

        var problem = await box.LeaveAsync(roster, unit, opinion, cancellationToken).ConfigureAwait(false);
        if (problem is null)
        {
            return ChatReply.Message(CardText.Format(request.Language, "SuggestionBox_Received", roster.Unit(unit)!.Name));
        }

        // The card again, the typed text kept and the problem next to its field; a typed request gets the card too.
        return ChatReply.Card(SuggestionBoxCard.Build(request.Language, units, roster.Unit(unit) is null ? null : unit, opinion, problem).ToJson());
    }
}
