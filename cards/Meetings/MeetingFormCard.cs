using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Meetings;

namespace RectifyBot.Cards.Meetings;

/// <summary>
/// "记录会议" / "记录指导": the form of a unit's meeting (kind, date, attendees, summary) or of a school leader's guidance
/// visit (visiting leader, date, who received it, summary). A label above each input (Teams mobile ignores input
/// labels), the server's errors under the field they are about, everything typed kept.
/// </summary>
public static class MeetingFormCard
{
    public const string RecordVerb = "meeting-record";

    public const string UnitKey = "unit";

    public const string FormKey = "form";

    /// <summary>"visit" for a guidance visit's form, else "meeting".</summary>
    public const string ModeKey = "mode";

    public static string InputId(MeetingField field) => field switch
    {
        MeetingField.Kind => "meetingKind",
        MeetingField.Date => "meetingDate",
        MeetingField.Attendees => "meetingAttendees",
        MeetingField.Visitor => "meetingVisitor",
        MeetingField.Summary => "meetingSummary",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static AdaptiveCard Build(UserLanguage language, MeetingFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, view.GuidanceVisit ? "MeetingForm_VisitTitle" : "MeetingForm_Title", view.UnitName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (view.NoticeKey is { } notice)
        {
            body.Add(new TextBlock(Text(notice)) { Weight = TextWeight.Bolder, Color = TextColor.Attention });
        }

        if (!view.GuidanceVisit)
        {
            Label("MeetingForm_Kind");
            var kinds = Enum.GetValues<MeetingKind>().Where(k => k != MeetingKind.GuidanceVisit);
            body.Add(new ChoiceSetInput(InputId(MeetingField.Kind), [.. kinds.Select(k => new Choice(MeetingWords.Kind(language, k), k.ToString()))])
            {
                Value = view.Input.Kind,
            });
            Errors(MeetingField.Kind);
        }
        else
        {
            Label("MeetingForm_Visitor");
            body.Add(new TextInput(InputId(MeetingField.Visitor)) { Value = view.Input.Visitor, MaxLength = 50, Placeholder = Text("MeetingForm_VisitorPlaceholder") });
            Errors(MeetingField.Visitor);
        }

        Label("MeetingForm_Date");
        var typedDate = view.Input.Date;
        body.Add(DateOnly.TryParseExact(typedDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) || string.IsNullOrEmpty(typedDate)
            ? new DateInput(InputId(MeetingField.Date)) { Value = typedDate }
            : new TextInput(InputId(MeetingField.Date)) { Value = typedDate, MaxLength = 40 });
        Errors(MeetingField.Date);

        Label(view.GuidanceVisit ? "MeetingForm_Received" : "MeetingForm_Attendees");
        body.Add(new TextInput(InputId(MeetingField.Attendees))
        {
            Value = view.Input.Attendees,
            IsMultiline = true,
            MaxLength = MeetingLimits.AttendeesText,
            Placeholder = Text("MeetingForm_AttendeesPlaceholder"),
        });
        Errors(MeetingField.Attendees);

        body.Add(new TextBlock(CardText.Format(language, "MeetingForm_Summary", MeetingLimits.Summary)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        body.Add(new TextInput(InputId(MeetingField.Summary)) { Value = view.Input.Summary, IsMultiline = true, MaxLength = MeetingLimits.Summary });
        Errors(MeetingField.Summary);

        var data = new Dictionary<string, string>
        {
            [UnitKey] = view.UnitCode,
            [FormKey] = view.FormId,
            [ModeKey] = view.GuidanceVisit ? "visit" : "meeting",
        };
        if (view.GuidanceVisit)
        {
            // The kind of a visit's form is fixed: it travels with the button, not as an input.
            data[InputId(MeetingField.Kind)] = nameof(MeetingKind.GuidanceVisit);
        }

        return new AdaptiveCard(body, [new ExecuteAction(Text(view.GuidanceVisit ? "MeetingForm_RecordVisit" : "MeetingForm_Record"), RecordVerb, data)]);

        void Label(string key) =>
            body.Add(new TextBlock(Text(key)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });

        void Errors(MeetingField field)
        {
            foreach (var problem in view.Problems.Where(p => p.Field == field))
            {
                body.Add(new TextBlock(MeetingWords.Problem(language, problem, view.Roster)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }
    }
}
