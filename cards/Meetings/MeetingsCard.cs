using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Meetings;

/// <summary>
/// "会议" / "meetings": a unit's meetings and guidance visits, newest first (at most <see cref="MeetingLimits.Listed"/>,
/// then "and N more"), each with kind, date, attendees, summary and who recorded it when; for whoever may record,
/// the buttons that open the forms.
/// </summary>
public static class MeetingsCard
{
    public const string OpenFormVerb = "meeting-form";

    /// <summary>Attendee names shown per meeting before "等 N 人".</summary>
    public const int NamesShown = 12;

    /// <summary>Characters of a summary shown on the list.</summary>
    public const int SummaryShown = 300;

    public static AdaptiveCard Build(UserLanguage language, string unitCode, string unitName, IReadOnlyList<Meeting> meetings, Core.Roster.Roster roster, bool canRecord)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(roster);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var body = new List<CardElement>
        {
            new TextBlock(Format("Meetings_Title", unitName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (meetings.Count == 0)
        {
            body.Add(new TextBlock(Text("Meetings_None")) { IsSubtle = true });
        }

        foreach (var meeting in meetings.Take(MeetingLimits.Listed))
        {
            var items = new List<CardElement>
            {
                new TextBlock(Format("Meetings_Heading", MeetingWords.Kind(language, meeting.Kind), Iso(meeting.Date))) { Weight = TextWeight.Bolder },
            };
            var facts = new List<Fact>();
            if (meeting.VisitorNumber is { } visitor)
            {
                facts.Add(new Fact(Text("Meetings_Visitor"), MeetingWords.Name(visitor, roster)));
            }

            if (meeting.AttendeeNumbers.Count > 0)
            {
                var names = string.Join(language == UserLanguage.En ? ", " : "、", meeting.AttendeeNumbers.Take(NamesShown).Select(n => MeetingWords.Name(n, roster)));
                if (meeting.AttendeeNumbers.Count > NamesShown)
                {
                    names += Format("Meetings_AndMore", meeting.AttendeeNumbers.Count);
                }

                facts.Add(new Fact(meeting.IsVisit ? Text("Meetings_Received") : Text("Meetings_Attendees"), names));
            }

            if (facts.Count > 0)
            {
                items.Add(new FactSet(facts) { Spacing = Spacing.Small });
            }

            var summary = meeting.Summary.Length > SummaryShown ? meeting.Summary[..SummaryShown] + "…" : meeting.Summary;
            items.Add(new TextBlock(summary) { Spacing = Spacing.Small });
            var at = ChinaTime.ToChinaTime(meeting.RecordedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            items.Add(new TextBlock(Format("Meetings_RecordedBy", MeetingWords.Name(meeting.RecordedByNumber, roster), at)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        if (meetings.Count > MeetingLimits.Listed)
        {
            body.Add(new TextBlock(Format("Meetings_More", meetings.Count - MeetingLimits.Listed)) { IsSubtle = true });
        }

        var actions = new List<CardAction>();
        if (canRecord)
        {
            actions.Add(new ExecuteAction(Text("Meetings_RecordMeeting"), OpenFormVerb, new Dictionary<string, string> { [MeetingFormCard.UnitKey] = unitCode, [MeetingFormCard.ModeKey] = "meeting" }));
            actions.Add(new ExecuteAction(Text("Meetings_RecordVisit"), OpenFormVerb, new Dictionary<string, string> { [MeetingFormCard.UnitKey] = unitCode, [MeetingFormCard.ModeKey] = "visit" }));
        }

        return new AdaptiveCard(body, actions);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
