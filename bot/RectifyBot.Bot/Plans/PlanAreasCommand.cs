using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Access;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Plans;

/// <summary>
/// "整改领域" / "plan areas": the list of plan areas for everyone; the office adds, renames and retires areas from the
/// card (who and when are kept by <see cref="PlanAreaEditing"/>). A refused edit comes back with the error by its
/// field and everything typed kept.
/// </summary>
public sealed class PlanAreasCommand(PlanAreaEditing editing, IRosterRepository rosters) : IChatCommand
{
    private static readonly string[] Verbs = [PlanAreasCard.AddVerb, PlanAreasCard.RenameVerb, PlanAreasCard.RetireVerb];

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.PlanAreas || Verbs.Contains(request.Verb, StringComparer.Ordinal));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var language = request.Language;
        var code = request.Data?.Value<string>(PlanAreasCard.AreaField);
        var chinese = request.Data?.Value<string>(PlanAreasCard.ChineseField);
        var english = request.Data?.Value<string>(PlanAreasCard.EnglishField);
        var edit = request.Verb switch
        {
            PlanAreasCard.AddVerb => await editing.AddAsync(person, chinese, english, cancellationToken).ConfigureAwait(false),
            PlanAreasCard.RenameVerb => await editing.RenameAsync(person, code, chinese, english, cancellationToken).ConfigureAwait(false),
            PlanAreasCard.RetireVerb => await editing.RetireAsync(person, code, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        if (edit is { Result: PlanAreaEditResult.NotAllowed })
        {
            return ChatReply.Message(CardText.Get(language, "PlanAreas_NotAllowed"));
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var view = new PlanAreasView(await editing.ListAsync(cancellationToken).ConfigureAwait(false), roster, AccessPolicy.IsOffice(person));
        if (edit is { Result: PlanAreaEditResult.Done, Area: { } done })
        {
            view = view with { Notice = new MeasureNotice("PlanAreas_Done_" + request.Verb, [done.NameFor(language == Core.Localization.UserLanguage.En)]) };
        }
        else if (edit is not null)
        {
            view = view with
            {
                Chosen = code,
                Chinese = chinese,
                English = english,
                Notice = new MeasureNotice("PlanAreas_NotSaved", [], IsWarning: true),
                Errors = edit.Result == PlanAreaEditResult.Invalid
                    ? edit.Problems.GroupBy(p => p.English ? PlanAreasCard.EnglishField : PlanAreasCard.ChineseField).ToDictionary(
                        g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => CardText.Format(language, "PlanAreas_Problem_" + p.Kind, Core.Plans.PlanLimits.OwnArea))], StringComparer.Ordinal)
                    : new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [PlanAreasCard.AreaField] = [CardText.Get(language, "PlanAreas_Result_" + edit.Result)] },
            };
        }

        return ChatReply.Card(PlanAreasCard.Build(language, view).ToJson());
    }
}
