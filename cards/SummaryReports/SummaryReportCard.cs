using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Stages;
using RectifyBot.Core.SummaryReports;

namespace RectifyBot.Cards.SummaryReports;

/// <summary>
/// "总结报告" for a unit's leaders: whether the unit has submitted its summary report (who, when, which file), when it
/// is due, the button that sends the draft generated from the data as a Word file, and how to submit the final version.
/// </summary>
public static class SummaryReportCard
{
    public const string DraftVerb = "summary-report-draft";

    public const string UnitKey = "unit";

    public static AdaptiveCard Build(UserLanguage language, string unitCode, string unitName, DateOnly? dueDate, SummaryReportSubmission? submission, string? submittedByName)
    {
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var body = new List<CardElement>
        {
            new TextBlock(Format("SummaryReport_Title", unitName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (dueDate is { } due)
        {
            body.Add(new TextBlock(Format("SummaryReport_Due", Iso(due))) { Spacing = Spacing.Small });
        }

        body.Add(submission is null
            ? new TextBlock(Text("SummaryReport_NotSubmitted")) { Color = TextColor.Attention, Weight = TextWeight.Bolder }
            : new TextBlock(Format("SummaryReport_Submitted", submittedByName ?? submission.SubmittedByNumber, At(submission.SubmittedAt), submission.FileName)) { Color = TextColor.Good });
        body.Add(new TextBlock(Format("SummaryReport_HowToSubmit", unitCode)) { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body, [new ExecuteAction(Text("SummaryReport_DraftButton"), DraftVerb, new Dictionary<string, string> { [UnitKey] = unitCode })]);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string At(DateTimeOffset at) => ChinaTime.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
