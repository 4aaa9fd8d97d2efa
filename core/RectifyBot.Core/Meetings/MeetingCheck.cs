using System.Text.RegularExpressions;
using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Plans.Drafting;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Meetings;

/// <summary>
/// Reads a meeting form against the roster: the date is read as deadlines are (card date or typed) and may not be in
/// the future; each attendee is found by number or name in the unit and the units under it the way a plan's
/// responsible person is (<see cref="PlanPeople"/>: namesakes are listed to choose from by number), the unit's liaison
/// school leaders also count; a visit names a school leader; the summary is required.
/// </summary>
public static partial class MeetingCheck
{
    /// <summary>The meeting the form describes, or the problems (each under its field); never both.</summary>
    public static (Meeting? Meeting, IReadOnlyList<MeetingProblem> Problems) Read(
        MeetingInput input, string unitCode, Roster.Roster roster, DateOnly today, string id, string recorderNumber, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(roster);
        var problems = new List<MeetingProblem>();

        var kind = Enum.TryParse<MeetingKind>(input.Kind?.Trim(), ignoreCase: false, out var k) && Enum.IsDefined(k) ? k : (MeetingKind?)null;
        if (kind is null)
        {
            problems.Add(new MeetingProblem(MeetingField.Kind, MeetingProblemKind.KindRequired));
        }

        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(input.Date))
        {
            problems.Add(new MeetingProblem(MeetingField.Date, MeetingProblemKind.DateRequired));
        }
        else if (DeadlineText.Read(input.Date, today) is not { Date: { } next })
        {
            problems.Add(new MeetingProblem(MeetingField.Date, MeetingProblemKind.DateUnreadable, input.Date.Trim()));
        }
        else if (PastOccurrence(next, input.Date, today) is var read && read > today)
        {
            problems.Add(new MeetingProblem(MeetingField.Date, MeetingProblemKind.DateInFuture, read.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        else
        {
            date = read;
        }

        var attendees = Attendees(input.Attendees, unitCode, roster, required: kind is not MeetingKind.GuidanceVisit, problems);

        string? visitor = null;
        if (kind == MeetingKind.GuidanceVisit)
        {
            visitor = Visitor(input.Visitor, roster, problems);
        }

        var summary = input.Summary?.Trim() ?? "";
        if (summary.Length == 0)
        {
            problems.Add(new MeetingProblem(MeetingField.Summary, MeetingProblemKind.SummaryRequired));
        }
        else if (summary.Length > MeetingLimits.Summary)
        {
            problems.Add(new MeetingProblem(MeetingField.Summary, MeetingProblemKind.SummaryTooLong, summary.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new Meeting
        {
            Id = id,
            UnitCode = unitCode,
            Kind = kind!.Value,
            Date = date!.Value,
            AttendeeNumbers = attendees,
            VisitorNumber = visitor,
            Summary = summary,
            RecordedByNumber = recorderNumber,
            RecordedAt = at,
        }, []);
    }

    /// <summary>The names or numbers of a typed attendee list, in order, without repeats.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        [.. Separators().Split(text?.Normalize(System.Text.NormalizationForm.FormKC) ?? "").Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Deadlines read a year-less date ("12月5日", "Dec 5") as its next occurrence; a meeting was held, so such a date is
    /// its latest occurrence up to today. A date typed with its year stays as typed.
    /// </summary>
    private static DateOnly PastOccurrence(DateOnly read, string typed, DateOnly today) =>
        read > today && !typed.Normalize(System.Text.NormalizationForm.FormKC).Contains(read.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && read.AddYears(-1) <= today
            ? read.AddYears(-1)
            : read;

    /// <summary>Whether the person is a school leader (校领导): who may pay a guidance visit.</summary>
    public static bool IsSchoolLeader(Person person) =>
        person is { Active: true } && (person.Holds(Position.UniversityLeadershipMember) || person.Holds(Position.UniversityPrincipalLeader));

    private static List<string> Attendees(string? text, string unitCode, Roster.Roster roster, bool required, List<MeetingProblem> problems)
    {
        var numbers = new List<string>();
        if ((text?.Length ?? 0) > MeetingLimits.AttendeesText)
        {
            problems.Add(new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.TooManyAttendees, MeetingLimits.Attendees.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return numbers;
        }

        var typed = Split(text);
        if (typed.Count == 0)
        {
            if (required)
            {
                problems.Add(new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.AttendeesRequired));
            }

            return numbers;
        }

        if (typed.Count > MeetingLimits.Attendees)
        {
            problems.Add(new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.TooManyAttendees, MeetingLimits.Attendees.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return numbers;
        }

        var liaisons = roster.LiaisonsFor(unitCode).ToList();
        foreach (var name in typed)
        {
            var pick = PlanPeople.Find(name, unitCode, roster);
            if (pick.Person is { } person)
            {
                numbers.Add(person.Number);
                continue;
            }

            var liaison = liaisons.Where(p => p.Number == name || string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (pick.Problem != PersonPickProblem.Namesakes && liaison.Count == 1)
            {
                numbers.Add(liaison[0].Number);
                continue;
            }

            problems.Add(pick.Problem switch
            {
                PersonPickProblem.Namesakes => new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.AttendeeNamesakes, name) { Candidates = pick.Namesakes },
                PersonPickProblem.OutsideUnit => new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.AttendeeOutsideUnit, name),
                _ => new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.AttendeeUnknown, name),
            });
        }

        return [.. numbers.Distinct(StringComparer.Ordinal)];
    }

    private static string? Visitor(string? text, Roster.Roster roster, List<MeetingProblem> problems)
    {
        var typed = AnswerText.CollapseWhitespace(text?.Normalize(System.Text.NormalizationForm.FormKC).Trim() ?? "");
        if (typed.Length == 0)
        {
            problems.Add(new MeetingProblem(MeetingField.Visitor, MeetingProblemKind.VisitorRequired));
            return null;
        }

        var named = roster.Person(typed) is { Active: true } byNumber
            ? [byNumber]
            : roster.ActivePeople.Where(p => string.Equals(p.Name, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        var leaders = named.Where(IsSchoolLeader).OrderBy(p => p.Number, StringComparer.Ordinal).ToList();
        switch (leaders.Count)
        {
            case 1:
                return leaders[0].Number;
            case > 1:
                problems.Add(new MeetingProblem(MeetingField.Visitor, MeetingProblemKind.VisitorNamesakes, typed) { Candidates = leaders });
                return null;
            default:
                problems.Add(new MeetingProblem(MeetingField.Visitor, named.Count > 0 ? MeetingProblemKind.VisitorNotSchoolLeader : MeetingProblemKind.VisitorUnknown, typed));
                return null;
        }
    }

    [GeneratedRegex(@"[\s,，、;；]+")]
    private static partial Regex Separators();
}
