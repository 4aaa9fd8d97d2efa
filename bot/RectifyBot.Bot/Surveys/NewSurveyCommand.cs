using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// "新建测评" / "new survey": the form for the units the person may organise (<see cref="SurveyOrganisers"/>), and its
/// "create" button: checked next to each field, then <see cref="SurveyCreation"/> samples (seed stored) with the people
/// the bot cannot message in Teams reached by one-time links, and the survey's fan-out is queued for the
/// SendSurveyInvitations function (<see cref="SurveyFanOut"/> writes the cards to the outbox there; here only when the
/// queue cannot be reached). The answer is the progress card. The same form sent twice within minutes creates one survey.
/// </summary>
public sealed class NewSurveyCommand(
    SurveyCreation creation,
    SurveyFanOut fanOut,
    ISurveyInvitationQueue invitations,
    SurveyProgressReport progress,
    CreatedSurveyLinksFile linkSheet,
    TeamsReach reach,
    ISurveyRepository surveys,
    IRosterRepository rosters,
    TimeProvider time) : IChatCommand
{
    /// <summary>A second "create" of the same unit and window by the same person within this time is the same survey (a double tap on mobile).</summary>
    private static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(10);

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.NewSurvey || request.Verb == SurveyVerbs.Create);

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var units = roster.Units.Where(u => SurveyOrganisers.CanOrganise(person, u.Code)).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => (u.Code, u.Name)).ToList();
        if (units.Count == 0)
        {
            return ChatReply.Message(CardText.Get(request.Language, "NewSurvey_NotAllowed"));
        }

        if (request.Verb != SurveyVerbs.Create)
        {
            var today = ChinaTime.Today(time);
            var blank = new NewSurveyForm { FirstDay = SurveyWords.Iso(today), LastDay = SurveyWords.Iso(today.AddDays(6)) };
            return ChatReply.Card(NewSurveyCard.Build(request.Language, units, blank).ToJson());
        }

        var typed = NewSurveyFields.Read(request.Data);
        var (surveyRequest, checkedForm) = NewSurveyFields.Check(request.Language, typed, units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal));
        if (surveyRequest is null)
        {
            return ChatReply.Card(NewSurveyCard.Build(request.Language, units, checkedForm).ToJson());
        }

        var repeated = await RepeatedAsync(person, surveyRequest, cancellationToken).ConfigureAwait(false);
        if (repeated is not null)
        {
            return await ProgressAsync(request, turnContext, person, repeated.Id, [], cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyDictionary<string, ConversationAddress> addresses = new Dictionary<string, ConversationAddress>();
        var created = await creation.CreateAsync(
            roster,
            person,
            surveyRequest,
            async (people, ct) =>
            {
                addresses = await reach.FindAsync(people, ct).ConfigureAwait(false);
                return addresses.Keys.ToHashSet(StringComparer.Ordinal);
            },
            cancellationToken).ConfigureAwait(false);
        if (created.Survey is not { } survey)
        {
            return ChatReply.Card(NewSurveyCard.Build(request.Language, units, NewSurveyFields.Refused(request.Language, typed, created.Problem!.Value)).ToJson());
        }

        if (!await invitations.TryEnqueueAsync(survey.Id, cancellationToken).ConfigureAwait(false))
        {
            await fanOut.SendInvitationsAsync(survey, created.Participants, roster, addresses, cancellationToken).ConfigureAwait(false);
        }
        var teams = created.Participants.Count(p => p.Channel == ReplyChannel.Teams);
        var links = created.Participants.Count(p => p.Channel == ReplyChannel.Link);
        var notices = new List<(string, bool)>
        {
            (CardText.Format(request.Language, "NewSurvey_Created", SurveyWords.Count(survey.TotalAsked), SurveyWords.Count(teams), SurveyWords.Count(links),
                SurveyWords.Count(survey.AskedCounts.GetValueOrDefault(ParticipantCategory.ServiceRecipient))), true),
        };
        if (created.Tokens.Count > 0)
        {
            var offered = await linkSheet.OfferAsync(request, turnContext, survey, created.Tokens, roster, cancellationToken).ConfigureAwait(false);
            notices.Add((CardText.Format(request.Language, offered ? "SurveyLinks_Offered" : "SurveyLinks_NotOffered", SurveyWords.Count(created.Tokens.Count)), offered));
        }

        foreach (var (category, missing) in created.Shortfalls.OrderBy(s => s.Key))
        {
            var asked = surveyRequest.Quotas.Where(q => q.Category == category).Sum(q => q.Count);
            notices.Add((CardText.Format(request.Language, "NewSurvey_Shortfall", SurveyWords.Category(request.Language, category), asked - missing, asked), false));
        }

        return await ProgressAsync(request, turnContext, person, survey.Id, notices, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Survey?> RepeatedAsync(Person person, SurveyRequest surveyRequest, CancellationToken cancellationToken)
    {
        var window = SurveyWindow.FromChinaDates(surveyRequest.FirstDay, surveyRequest.LastDay);
        var since = time.GetUtcNow() - RepeatWindow;
        return (await surveys.ForUnitAsync(surveyRequest.UnitCode, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(s => s.CreatedByNumber == person.Number && s.Window == window && s.CreatedAt >= since);
    }

    private async Task<ChatReply> ProgressAsync(ChatRequest request, ITurnContext turnContext, Person person, string surveyId, IReadOnlyList<(string, bool)> notices, CancellationToken cancellationToken)
    {
        var read = await progress.ReadAsync(person, surveyId, cancellationToken).ConfigureAwait(false);
        return read is null
            ? ChatReply.Message(CardText.Get(request.Language, "SurveyRemind_UnknownSurvey"))
            : ChatReply.Card(SurveyProgressCard.Build(request.Language, read, time.GetUtcNow(), turnContext.Activity.From?.Id, notices).ToJson());
    }
}
