using System.Globalization;
using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Access;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Plans;

/// <summary>
/// "我的单位方案" / "unit plans": the plans of the units the person leads (file once accepted), every child unit's latest
/// plan (acknowledge once filed) and the items sent up for coordination (take ownership); and the buttons of those
/// cards and of the filing and office-decision copies (Action.Execute, or its Action.Submit fallback on mobile).
/// Each action is checked by <see cref="AccessPolicy"/> inside <see cref="PlanActions"/>.
/// </summary>
public sealed class UnitPlansCommand(PlanActions actions, IRosterRepository rosters) : IChatCommand
{
    private static readonly string[] Verbs =
        [UnitPlansCard.FileVerb, UnitPlansCard.TakeVerb, PlanNoticeCard.AcknowledgeVerb, PlanNoticeCard.AcceptVerb, PlanNoticeCard.ReviseVerb];

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.UnitPlans || request.Verb == DigestCard.OpenUnitPlansVerb || Verbs.Contains(request.Verb, StringComparer.Ordinal));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        if (request.Verb is null or DigestCard.OpenUnitPlansVerb)
        {
            return await CardAsync(request, person, null, cancellationToken).ConfigureAwait(false);
        }

        var unit = request.Data?.Value<string>(PlanNoticeCard.UnitKey) ?? "";
        var version = Number(PlanNoticeCard.VersionKey);
        var (outcome, done) = request.Verb switch
        {
            UnitPlansCard.FileVerb => (await actions.FileAsync(person, unit, cancellationToken).ConfigureAwait(false), "Plans_Filed"),
            UnitPlansCard.TakeVerb => (await actions.TakeCoordinationAsync(person, unit, version, Number(UnitPlansCard.ItemKey), cancellationToken).ConfigureAwait(false), "Plans_Taken"),
            PlanNoticeCard.AcknowledgeVerb => (await actions.AcknowledgeAsync(person, unit, version, cancellationToken).ConfigureAwait(false), "Plans_Acknowledged"),
            _ => (await actions.DecideAsync(
                person, unit, version, request.Verb == PlanNoticeCard.AcceptVerb, request.Data?.Value<string>(PlanNoticeCard.CommentId), cancellationToken).ConfigureAwait(false), "Plans_Decided"),
        };
        return outcome.Result == PlanActionResult.Done
            ? await CardAsync(request, person, done, cancellationToken).ConfigureAwait(false)
            : ChatReply.Message(CardText.Get(request.Language, "PlanResult_" + outcome.Result));

        int Number(string key) =>
            int.TryParse(request.Data?.Value<string>(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    private async Task<ChatReply> CardAsync(ChatRequest request, Person person, string? noticeKey, CancellationToken cancellationToken)
    {
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var led = roster.Units.Where(u => AccessPolicy.IsUnitLeader(person, u.Code, roster)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var own = new List<UnitPlansView.OwnPlan>();
        var children = new List<UnitPlansView.ChildPlan>();
        var coordinations = new List<UnitPlansView.Coordination>();

        // The office acts for the university committee: it sees the plans filed there.
        var parents = led.Select(u => u.Code).ToList();
        if (AccessPolicy.IsOffice(person) && roster.Units.FirstOrDefault(u => u.Kind == UnitKind.UniversityCommittee) is { } university && !parents.Contains(university.Code))
        {
            parents.Add(university.Code);
        }

        foreach (var unit in led)
        {
            var latest = (await actions.Plans.LoadAsync(unit.Code, cancellationToken).ConfigureAwait(false)).Latest;
            own.Add(new UnitPlansView.OwnPlan(unit.Code, latest, latest is { Status: PlanStatus.Accepted, ParentUnitCode: not null }));
        }

        foreach (var parent in parents)
        {
            var canAct = AccessPolicy.CanActForParent(person, parent, roster);
            await foreach (var child in actions.Plans.ListChildPlansAsync(parent, cancellationToken).ConfigureAwait(false))
            {
                children.Add(new UnitPlansView.ChildPlan(child, canAct && child.Status == PlanStatus.Filed));
            }

            await foreach (var item in actions.Plans.ListCoordinationsAsync(parent, cancellationToken).ConfigureAwait(false))
            {
                coordinations.Add(new UnitPlansView.Coordination(item, canAct && item.OwnerNumber is null));
            }
        }

        var view = new UnitPlansView(own, children, coordinations, roster) { NoticeKey = noticeKey };
        return ChatReply.Card(UnitPlansCard.Build(request.Language, view).ToJson());
    }
}
