using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Surveys;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.StatusReports;
using RectifyBot.Core.Access;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Drafting;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.StatusReports;

namespace RectifyBot.Bot.StatusReports;

/// <summary>
/// "公布整改情况 [unit]" / "publish status [unit]": the unit's status summary from its ledger with the scope and the
/// window's last day to choose, and the card's "公布" button (Action.Execute, or its Action.Submit fallback on mobile).
/// A leader of one unit may leave the code out; a leader of several units, or the office, chooses the unit from a list
/// (<see cref="UnitChoiceCard"/>). Who may publish is checked inside <see cref="StatusPublishing"/>.
/// </summary>
public sealed class PublishStatusCommand(StatusPublishing publishing, IRosterRepository rosters, FeedbackOpeningNotice feedback, TimeProvider time) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null
        && (request.Verb is StatusReportCard.PublishVerb or StatusReportCard.PreviewVerb
            || (request.Verb is null && CommandRecognizer.ArgumentsOf(KnownCommands.PublishStatus, request.Text) is not null));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (request.Verb == StatusReportCard.PublishVerb)
        {
            return await PublishAsync(request, turnContext, person, roster, request.Data?.Value<string>(StatusReportCard.UnitKey) ?? "", cancellationToken).ConfigureAwait(false);
        }

        var typed = request.Verb == StatusReportCard.PreviewVerb
            ? request.Data?.Value<string>(StatusReportCard.UnitKey)?.Trim()
            : CommandRecognizer.ArgumentsOf(KnownCommands.PublishStatus, request.Text)?.Trim();
        var led = PlanDrafting.Units(person, roster);
        var unitCode = string.IsNullOrEmpty(typed) ? (led.Count == 1 ? led[0].Code : null) : typed;
        if (unitCode is null)
        {
            // Several units led, or the office: choose from a list (a type-ahead of every unit for the office) instead of typing a code.
            var units = led.Count > 0 ? led : AccessPolicy.IsOffice(person) ? PlanDrafting.AllUnits(roster) : [];
            return units.Count == 0
                ? ChatReply.Message(CardText.Get(request.Language, "StatusResult_NotAllowed"))
                : ChatReply.Card(UnitChoiceCard.Build(request.Language, units, StatusReportCard.Prompt).ToJson());
        }

        var preview = await publishing.PreviewAsync(person, unitCode, cancellationToken).ConfigureAwait(false);
        return preview.Result == StatusPublishResult.Done
            ? Card(request, new StatusReportView(unitCode, UnitName(roster, unitCode), preview.Summary!))
            : Refused(request, preview);
    }

    private async Task<ChatReply> PublishAsync(ChatRequest request, ITurnContext turnContext, Person person, Core.Roster.Roster roster, string unitCode, CancellationToken cancellationToken)
    {
        var scopeText = request.Data?.Value<string>(StatusReportCard.ScopeField);
        var dayText = request.Data?.Value<string>(StatusReportCard.LastDayField);
        var (scope, lastDay, read) = PlanAnswers.ReadWindow(scopeText, dayText, ChinaTime.Today(time));
        var errors = read.ToDictionary(e => InputOf(e.Key), e => (IReadOnlyList<string>)[.. e.Value.Select(m => CardText.Format(request.Language, m.Key, m.Args))], StringComparer.Ordinal);
        if (errors.Count == 0)
        {
            var outcome = await publishing.PublishAsync(person, unitCode, scope, lastDay, cancellationToken).ConfigureAwait(false);
            if (outcome.Result == StatusPublishResult.Done)
            {
                var card = Card(request, new StatusReportView(unitCode, UnitName(roster, unitCode), outcome.Report!.Summary) { Published = outcome.Report });
                return outcome.Feedback is { } opening ? await feedback.AddToAsync(request, turnContext, card, opening, cancellationToken).ConfigureAwait(false) : card;
            }

            if (outcome.Result != StatusPublishResult.Invalid)
            {
                return Refused(request, outcome);
            }

            foreach (var problem in outcome.Problems!)
            {
                var message = PlanAnswers.Message(problem);
                errors[InputOf(problem.Field)] = [CardText.Format(request.Language, message.Key, message.Args)];
            }
        }

        // The form again, with what was typed and the errors next to the fields (if the unit may publish at all).
        var preview = await publishing.PreviewAsync(person, unitCode, cancellationToken).ConfigureAwait(false);
        return preview.Result == StatusPublishResult.Done
            ? Card(request, new StatusReportView(unitCode, UnitName(roster, unitCode), preview.Summary!) { Scope = scope?.ToString() ?? scopeText, LastDay = dayText, Errors = errors })
            : Refused(request, preview);
    }

    private static ChatReply Refused(ChatRequest request, StatusPublishOutcome outcome) => ChatReply.Message(outcome.Result == StatusPublishResult.AlreadyOpen
        ? CardText.Format(request.Language, "StatusResult_AlreadyOpen", outcome.Report!.Publication.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        : CardText.Get(request.Language, "StatusResult_" + outcome.Result));

    private static ChatReply Card(ChatRequest request, StatusReportView view) => ChatReply.Card(StatusReportCard.Build(request.Language, view).ToJson());

    private static string InputOf(PlanField field) => field == PlanField.Scope ? StatusReportCard.ScopeField : StatusReportCard.LastDayField;

    private static string UnitName(Core.Roster.Roster roster, string unitCode) => roster.Unit(unitCode)?.Name ?? unitCode;
}
