using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Meetings;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Access;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Plans.Drafting;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Meetings;

/// <summary>
/// Meetings and guidance visits in chat (issue 8): "记录会议 [单位编码]" / "record meeting" and "记录指导" / "record visit"
/// open the unit's form (Action.Execute "meeting-record"); "会议 [单位编码]" / "meetings" lists them. Without a code the
/// unit is the one the person leads (a school leader recording a visit: the unit they are liaison for), when there is
/// exactly one. A refused form comes back with everything typed and each error under its field.
/// </summary>
public sealed class MeetingsCommand(MeetingRecording recording) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null
        && (string.Equals(request.Verb, MeetingFormCard.RecordVerb, StringComparison.Ordinal)
            || string.Equals(request.Verb, MeetingsCard.OpenFormVerb, StringComparison.Ordinal)
            || Asked(request) is not null);

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var roster = await recording.RosterAsync(cancellationToken).ConfigureAwait(false);
        if (string.Equals(request.Verb, MeetingFormCard.RecordVerb, StringComparison.Ordinal))
        {
            return await RecordAsync(request, person, roster, cancellationToken).ConfigureAwait(false);
        }

        if (string.Equals(request.Verb, MeetingsCard.OpenFormVerb, StringComparison.Ordinal))
        {
            var unit = request.Data?.Value<string>(MeetingFormCard.UnitKey) ?? "";
            var visit = string.Equals(request.Data?.Value<string>(MeetingFormCard.ModeKey), "visit", StringComparison.Ordinal);
            return Form(request, person, roster, unit, visit);
        }

        var (command, code) = Asked(request)!.Value;
        var visitAsked = command == KnownCommands.RecordVisit;
        var units = code.Length > 0 ? null : Candidates(person, roster, visitAsked);
        if (code.Length == 0 && units!.Count != 1)
        {
            var word = command.WordsFor(request.Language).First();
            return ChatReply.Message(units!.Count == 0
                ? CardText.Format(request.Language, "Meetings_NoUnit", word)
                : CardText.Format(request.Language, "Meetings_ChooseUnit", word, units[0].Code, string.Join(request.Language == Core.Localization.UserLanguage.En ? ", " : "、", units.Select(u => $"{u.Name} {u.Code}"))));
        }

        var unitCode = code.Length > 0 ? code : units![0].Code;
        if (roster.Unit(unitCode) is null)
        {
            return ChatReply.Message(CardText.Format(request.Language, "Meetings_UnknownUnit", unitCode));
        }

        if (command == KnownCommands.Meetings)
        {
            var meetings = await recording.ListAsync(person, unitCode, roster, cancellationToken).ConfigureAwait(false);
            if (meetings is null)
            {
                return ChatReply.Message(CardText.Get(request.Language, "Meetings_NotAllowedToView"));
            }

            var canRecord = AccessPolicy.CanRecordMeeting(person, unitCode, guidanceVisit: true, roster);
            return ChatReply.Card(MeetingsCard.Build(request.Language, unitCode, roster.Unit(unitCode)!.Name, meetings, roster, canRecord).ToJson());
        }

        return Form(request, person, roster, unitCode, visitAsked);
    }

    private async Task<ChatReply> RecordAsync(ChatRequest request, Person person, Core.Roster.Roster roster, CancellationToken cancellationToken)
    {
        var unit = request.Data?.Value<string>(MeetingFormCard.UnitKey) ?? "";
        var visit = string.Equals(request.Data?.Value<string>(MeetingFormCard.ModeKey), "visit", StringComparison.Ordinal);
        var formId = request.Data?.Value<string>(MeetingFormCard.FormKey);
        if (formId is not { Length: 32 } || !formId.All(char.IsAsciiHexDigitLower))
        {
            formId = Guid.NewGuid().ToString("N");
        }

        var input = new MeetingInput(Field(MeetingField.Kind), Field(MeetingField.Date), Field(MeetingField.Attendees), Field(MeetingField.Visitor), Field(MeetingField.Summary));
        var outcome = await recording.RecordAsync(person, unit, input, formId, cancellationToken).ConfigureAwait(false);
        return outcome.Result switch
        {
            MeetingRecordResult.UnknownUnit => ChatReply.Message(CardText.Format(request.Language, "Meetings_UnknownUnit", unit)),
            MeetingRecordResult.Refused => ChatReply.Message(CardText.Get(request.Language, "Meetings_NotAllowed")),
            MeetingRecordResult.Invalid => ChatReply.Card(MeetingFormCard.Build(request.Language,
                new MeetingFormView(unit, roster.Unit(unit)!.Name, visit, formId, input, outcome.Problems, roster) { NoticeKey = "MeetingForm_NotRecorded" }).ToJson()),
            MeetingRecordResult.AlreadyRecorded => ChatReply.Message(CardText.Get(request.Language, "Meetings_AlreadyRecorded")),
            _ => await ListAfterRecordAsync(request, person, roster, outcome.Meeting!, cancellationToken).ConfigureAwait(false),
        };

        string? Field(MeetingField field) => request.Data?.Value<string>(MeetingFormCard.InputId(field));
    }

    private async Task<ChatReply> ListAfterRecordAsync(ChatRequest request, Person person, Core.Roster.Roster roster, Meeting meeting, CancellationToken cancellationToken)
    {
        var recorded = CardText.Format(request.Language, "Meetings_Recorded", MeetingWords.Kind(request.Language, meeting.Kind), meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var meetings = await recording.ListAsync(person, meeting.UnitCode, roster, cancellationToken).ConfigureAwait(false);
        return meetings is null
            ? ChatReply.Message(recorded)
            : new ChatReply(recorded, MeetingsCard.Build(request.Language, meeting.UnitCode, roster.Unit(meeting.UnitCode)!.Name, meetings, roster, canRecord: true).ToJson());
    }

    private static ChatReply Form(ChatRequest request, Person person, Core.Roster.Roster roster, string unitCode, bool visit)
    {
        if (roster.Unit(unitCode) is not { } unit)
        {
            return ChatReply.Message(CardText.Format(request.Language, "Meetings_UnknownUnit", unitCode));
        }

        if (!AccessPolicy.CanRecordMeeting(person, unitCode, visit, roster))
        {
            return ChatReply.Message(CardText.Get(request.Language, "Meetings_NotAllowed"));
        }

        var input = visit && MeetingCheck.IsSchoolLeader(person) ? MeetingInput.Empty with { Visitor = person.Number } : MeetingInput.Empty;
        var view = new MeetingFormView(unitCode, unit.Name, visit, Guid.NewGuid().ToString("N"), input, [], roster);
        return ChatReply.Card(MeetingFormCard.Build(request.Language, view).ToJson());
    }

    /// <summary>The units a person records for without naming one: those they lead; for a school leader's visit, their liaison units.</summary>
    private static List<OrganisationUnit> Candidates(Person person, Core.Roster.Roster roster, bool visit)
    {
        var units = PlanDrafting.Units(person, roster).ToList();
        if (visit && MeetingCheck.IsSchoolLeader(person))
        {
            units = [.. person.LiaisonUnitCodes.Select(roster.Unit).OfType<OrganisationUnit>()];
        }

        return units;
    }

    /// <summary>The typed command and the unit code after it ("" when none); null when the text is none of them.</summary>
    private static (KnownCommand Command, string Code)? Asked(ChatRequest request)
    {
        if (request.IsCardInvoke && request.Verb is not null && request.Command is null)
        {
            return null;
        }

        foreach (var command in new[] { KnownCommands.RecordMeeting, KnownCommands.RecordVisit, KnownCommands.Meetings })
        {
            if (request.Command == command)
            {
                return (command, "");
            }

            if (CommandRecognizer.ArgumentsOf(command, request.Text) is { } arguments && IsUnitCode(arguments))
            {
                return (command, arguments);
            }
        }

        return null;
    }

    private static bool IsUnitCode(string text) => text.Length is > 0 and <= 64 && !text.Any(char.IsWhiteSpace);
}
