using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Stages;

/// <summary>
/// "阶段日期": the university's calendar and the person's committee's own; for whoever may set one, a form of four
/// Input.Date with a label above each and the server's errors under the field they are about, values kept as typed.
/// </summary>
public static class StageDatesCard
{
    public const string SaveVerb = "stage-dates-save";

    /// <summary>The data key of the save button: the scope ("" for the university, else the committee's code).</summary>
    public const string UnitKey = "unit";

    private static readonly StageDateField[] Fields = Enum.GetValues<StageDateField>();

    public static AdaptiveCard Build(UserLanguage language, StageDatesView view, StageDatesForm form)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(form);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);

        var body = new List<CardElement>
        {
            new TextBlock(Text("StageDates_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (form.NoticeKey is { } notice)
        {
            body.Add(new TextBlock(Text(notice)) { Weight = TextWeight.Bolder, Color = notice == "StageDates_Saved" ? TextColor.Good : TextColor.Attention });
        }

        foreach (var warning in form.Problems.Where(IsWarning))
        {
            body.Add(new TextBlock(Text("StageProblem_" + warning)) { Color = TextColor.Warning, Spacing = Spacing.Small });
        }

        body.Add(Calendar(Text("StageDates_University"), view.University));
        if (view.Committee is { } committee)
        {
            body.Add(Calendar(Format("StageDates_Committee", committee.Name), view.CommitteeCalendar));
        }

        var actions = new List<CardAction>();
        if (view.CanEdit)
        {
            var heading = view.EditableScope is null
                ? Text("StageDates_FormUniversity")
                : Format("StageDates_FormCommittee", view.Roster.Unit(view.EditableScope)?.Name ?? view.EditableScope);
            var inputs = new List<CardElement> { new TextBlock(heading) { Weight = TextWeight.Bolder } };
            var current = view.EditableScope is null ? view.University : view.CommitteeCalendar;
            var values = form.Input == StageDatesInput.Empty && current is not null ? StageDatesInput.From(current.Calendar) : form.Input;
            foreach (var field in Fields)
            {
                inputs.Add(new TextBlock(Text("StageDates_" + field)) { Spacing = Spacing.Small });
                inputs.Add(new DateInput(InputId(field)) { Value = values[field] });
                foreach (var error in ErrorsFor(field, form))
                {
                    inputs.Add(new TextBlock(Text(error)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
                }
            }

            inputs.Add(new TextBlock(Text("StageDates_TypedHint")) { IsSubtle = true, Size = TextSize.Small });
            body.Add(new Container(inputs) { Separator = true, Spacing = Spacing.Medium });
            actions.Add(new ExecuteAction(Text("StageDates_SaveButton"), SaveVerb, new Dictionary<string, string> { [UnitKey] = view.EditableScope ?? "" }));
        }

        return new AdaptiveCard(body, actions);

        CardElement Calendar(string title, StageCalendarEntry? entry)
        {
            var items = new List<CardElement> { new TextBlock(title) { Weight = TextWeight.Bolder } };
            if (entry is null)
            {
                items.Add(new TextBlock(Text("StageDates_NotSet")) { IsSubtle = true, Spacing = Spacing.Small });
            }
            else
            {
                var c = entry.Calendar;
                items.Add(new FactSet(
                [
                    new Fact(Text("StageDates_Start"), Iso(c.Start)),
                    new Fact(Text("StageDates_SubmissionDeadline"), Iso(c.SubmissionDeadline)),
                    new Fact(Text("StageDates_StageEnd"), Iso(c.StageEnd)),
                    new Fact(Text("StageDates_ConsolidationEnd"), Iso(c.ConsolidationEnd)),
                ]) { Spacing = Spacing.Small });
                var setBy = view.Roster.Person(entry.SetByNumber)?.Name ?? entry.SetByNumber;
                var setAt = ChinaTime.ToChinaTime(entry.SetAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                items.Add(new TextBlock(Format("StageDates_SetBy", setBy, setAt)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            }

            return new Container(items) { Separator = true, Spacing = Spacing.Medium };
        }
    }

    /// <summary>The id of a field's Input.Date, and its key in the submitted data.</summary>
    public static string InputId(StageDateField field) => field switch
    {
        StageDateField.Start => "start",
        StageDateField.SubmissionDeadline => "submissionDeadline",
        StageDateField.StageEnd => "stageEnd",
        StageDateField.ConsolidationEnd => "consolidationEnd",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The resource keys of the errors shown under a field.</summary>
    public static IEnumerable<string> ErrorsFor(StageDateField field, StageDatesForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Unreadable.Contains(field))
        {
            yield return "StageDates_Unreadable";
        }

        foreach (var problem in form.Problems.Where(p => !IsWarning(p) && StageDatesInput.FieldOf(p) == field))
        {
            yield return "StageProblem_" + problem;
        }
    }

    private static bool IsWarning(StageCalendarProblem problem) =>
        problem is StageCalendarProblem.ConsolidationShorterThanTwoMonths or StageCalendarProblem.ConsolidationLongerThanThreeMonths;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
