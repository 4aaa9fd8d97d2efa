using System.Globalization;
using System.Text;

namespace RectifyBot.Core.Stages;

/// <summary>
/// The four dates as a person typed or picked them, kept as text so a form can show them back unchanged when
/// something is wrong. Dates are CST calendar dates: "2026-12-01" (what Input.Date sends), also "2026/12/1" or "2026.12.1".
/// </summary>
public sealed record StageDatesInput(string? Start, string? SubmissionDeadline, string? StageEnd, string? ConsolidationEnd)
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    public static StageDatesInput Empty { get; } = new(null, null, null, null);

    public static StageDatesInput From(StageCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new StageDatesInput(Iso(calendar.Start), Iso(calendar.SubmissionDeadline), Iso(calendar.StageEnd), Iso(calendar.ConsolidationEnd));
    }

    public string? this[StageDateField field] => field switch
    {
        StageDateField.Start => Start,
        StageDateField.SubmissionDeadline => SubmissionDeadline,
        StageDateField.StageEnd => StageEnd,
        StageDateField.ConsolidationEnd => ConsolidationEnd,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The calendar, or the fields that are missing or not a date (then the calendar is null).</summary>
    public (StageCalendar? Calendar, IReadOnlyList<StageDateField> Unreadable) Parse()
    {
        var dates = new Dictionary<StageDateField, DateOnly>();
        var unreadable = new List<StageDateField>();
        foreach (var field in Enum.GetValues<StageDateField>())
        {
            if (TryParseDate(this[field], out var date))
            {
                dates[field] = date;
            }
            else
            {
                unreadable.Add(field);
            }
        }

        return unreadable.Count > 0
            ? (null, unreadable)
            : (new StageCalendar(dates[StageDateField.Start], dates[StageDateField.SubmissionDeadline], dates[StageDateField.StageEnd], dates[StageDateField.ConsolidationEnd]), []);
    }

    /// <summary>The field a calendar problem is about, where a form shows it.</summary>
    public static StageDateField FieldOf(StageCalendarProblem problem) => problem switch
    {
        StageCalendarProblem.StartsBeforeUniversity => StageDateField.Start,
        StageCalendarProblem.SubmissionBeforeStart or StageCalendarProblem.SubmissionAfterUniversity => StageDateField.SubmissionDeadline,
        StageCalendarProblem.StageEndBeforeSubmission or StageCalendarProblem.StageEndAfterUniversity => StageDateField.StageEnd,
        _ => StageDateField.ConsolidationEnd,
    };

    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // IMEs type full-width digits and punctuation ("２０２６－１２－０１").
        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        return DateOnly.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
