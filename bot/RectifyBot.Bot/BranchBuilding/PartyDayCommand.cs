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
/// "最佳党日活动" / "party day": a branch committee, its committee's principal leader or the office records a branch's
/// best Party-day activity (DOMAIN.md §6) and sees those recorded. Bad input comes back under its field with everything
/// typed kept; someone with no branch to record for is told who records.
/// </summary>
public sealed class PartyDayCommand(BranchBuildingDesk desk) : IChatCommand
{
    private static readonly string[] Fields = [PartyDayCard.BranchField, PartyDayCard.TitleField, PartyDayCard.DateField, PartyDayCard.DescriptionField];

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.PartyDay || string.Equals(request.Verb, PartyDayCard.SaveVerb, StringComparison.Ordinal));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var language = request.Language;
        string? Typed(string field) => request.Data?.Value<string>(field);
        var view = (PartyDayView?)null;
        if (string.Equals(request.Verb, PartyDayCard.SaveVerb, StringComparison.Ordinal))
        {
            var input = new PartyDayInput(Typed(PartyDayCard.BranchField), Typed(PartyDayCard.TitleField), Typed(PartyDayCard.DateField), Typed(PartyDayCard.DescriptionField));
            var outcome = await desk.RecordPartyDayAsync(person, input, cancellationToken).ConfigureAwait(false);
            switch (outcome.Result)
            {
                case BranchBuildingResult.NotAllowed:
                    return ChatReply.Message(CardText.Get(language, "PartyDay_NotAllowed"));
                case BranchBuildingResult.UnknownBranch:
                    return ChatReply.Message(CardText.Format(language, "PartyDay_UnknownBranch", input.BranchCode?.Trim() ?? ""));
            }

            var page = await desk.PartyDaysAsync(person, cancellationToken).ConfigureAwait(false);
            view = outcome.Result == BranchBuildingResult.Done
                ? new PartyDayView(page) { Notice = new MeasureNotice("PartyDay_Saved", [input.Title!.Trim()]) }
                : new PartyDayView(page)
                {
                    Notice = new MeasureNotice("PartyDay_NotSaved", [], IsWarning: true),
                    Typed = Fields.ToDictionary(f => f, Typed, StringComparer.Ordinal),
                    Errors = outcome.Problems.GroupBy(p => FieldId(p.Field)).ToDictionary(
                        g => g.Key,
                        g => (IReadOnlyList<string>)[.. g.Select(p => CardText.Format(language, $"PartyDay_Problem_{p.Field}_{p.Problem}", BranchBuildingLimits.ActivityTitle, BranchBuildingLimits.ActivityDescription))],
                        StringComparer.Ordinal),
                };
        }

        view ??= new PartyDayView(await desk.PartyDaysAsync(person, cancellationToken).ConfigureAwait(false));
        return view.Page.Branches.Count == 0
            ? ChatReply.Message(CardText.Get(language, "PartyDay_NotAllowed"))
            : ChatReply.Card(PartyDayCard.Build(language, view).ToJson());
    }

    private static string FieldId(BranchBuildingField field) => field switch
    {
        BranchBuildingField.Branch => PartyDayCard.BranchField,
        BranchBuildingField.Title => PartyDayCard.TitleField,
        BranchBuildingField.Date => PartyDayCard.DateField,
        _ => PartyDayCard.DescriptionField,
    };
}
