using System.Globalization;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// A survey's results for the office and the unit's leaders (and, once published, for the surveyed scope): the opinions
/// first, as plain text; then per category the valid answers, the satisfaction rate and the share of 不满意, each with
/// a text bar drawn in the card (no image: no CJK font needed, nothing added to the size budget). Categories with
/// fewer than 5 answers are not shown on their own. Buttons: export Excel; publish for organisers until published.
/// </summary>
public static class SurveyResultsCard
{
    public const int OpinionsShown = 20;
    public const int OpinionChars = 300;
    public const int BarWidth = 20;

    public static AdaptiveCard Build(UserLanguage language, Survey survey, SurveyTally tally, bool canPublish, bool canExport, SurveyNoticeKind? notice = null, string? webPage = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tally);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var body = new List<CardElement>
        {
            new TextBlock(Text("SurveyResults_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Format("SurveyResults_Unit", PlainText.Escape(survey.UnitName), Day(survey.Window.FirstChinaDay), Day(survey.Window.LastChinaDay))) { IsSubtle = true, Spacing = Spacing.Small },
        };
        if (notice is { } kind)
        {
            body.Add(new TextBlock(Text("SurveyNotice_" + kind)) { Weight = TextWeight.Bolder, Color = kind == SurveyNoticeKind.RedoFlagged ? TextColor.Attention : null });
        }

        body.Add(new TextBlock(Text("SurveyResults_Verdict_" + tally.Verdict)) { Color = tally.Verdict == MajorityVerdict.MostlyDissatisfied ? TextColor.Attention : null });

        // The opinions first: the point of the survey is the masses' opinions, not a percentage.
        body.Add(new TextBlock(Format("SurveyResults_Opinions", tally.Opinions.Count)) { Weight = TextWeight.Bolder, Separator = true });
        if (tally.Opinions.Count == 0)
        {
            body.Add(new TextBlock(Text("SurveyResults_NoOpinions")) { IsSubtle = true, Spacing = Spacing.Small });
        }

        body.AddRange(tally.Opinions.Take(OpinionsShown).Select(o => (CardElement)new TextBlock("· " + PlainText.Escape(Shorten(o))) { Spacing = Spacing.Small }));
        if (tally.Opinions.Count > OpinionsShown)
        {
            body.Add(new TextBlock(Format("SurveyResults_MoreOpinions", tally.Opinions.Count - OpinionsShown)) { IsSubtle = true, Size = TextSize.Small });
        }

        body.Add(new TextBlock(Format("SurveyResults_Answers", tally.Answers, tally.Asked)) { Weight = TextWeight.Bolder, Separator = true });
        body.AddRange(Lines(language, Text("SurveyResults_Overall"), tally.Overall.Valid, tally.Overall));
        foreach (var category in tally.Categories)
        {
            body.AddRange(Lines(language, Text("SurveyCategory_" + category.Category), category.Answers, category.Counts));
        }

        if (tally.AnswersNotBrokenDown > 0)
        {
            body.Add(new TextBlock(Format("SurveyResults_NotBrokenDown", tally.AnswersNotBrokenDown, SurveyLimits.SmallestGroup)) { IsSubtle = true, Size = TextSize.Small });
        }

        foreach (var question in survey.ExtraQuestions)
        {
            if (tally.ExtraQuestions.TryGetValue(question.Id, out var counts))
            {
                body.AddRange(Lines(language, PlainText.Escape(question.Text), counts.Valid, counts));
            }
        }

        if (webPage is not null)
        {
            body.Add(new TextBlock(Format("SurveyResults_WebPage", webPage)) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        }

        var data = new Dictionary<string, string> { ["surveyId"] = survey.Id };
        var actions = new List<CardAction>();
        if (canExport)
        {
            actions.Add(new ExecuteAction(Text("SurveyResults_Export"), KnownCommands.SurveyExportVerb, data));
        }

        if (canPublish && survey.PublishedAt is null)
        {
            actions.Add(new ExecuteAction(Text("SurveyResults_Publish"), KnownCommands.SurveyPublishVerb, data));
        }

        return new AdaptiveCard(body, actions);
    }

    /// <summary>"██████░░░░" for a share in [0, 1]; a dash when there is nothing to share.</summary>
    public static string Bar(double? share) => share is { } s
        ? new string('█', (int)Math.Round(s * BarWidth)) + new string('░', BarWidth - (int)Math.Round(s * BarWidth))
        : new string('─', BarWidth);

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static IEnumerable<CardElement> Lines(UserLanguage language, string label, int valid, SatisfactionCounts counts)
    {
        yield return new TextBlock(CardText.Format(language, "SurveyResults_Line", label, valid, Percent(counts.SatisfactionRate), Percent(counts.DissatisfiedShare))) { Spacing = Spacing.Medium };
        yield return new ColumnSet(
        [
            new Column([new TextBlock(CardText.Get(language, "SurveyResults_BarSatisfied")) { Size = TextSize.Small, IsSubtle = true }]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock(Bar(counts.SatisfactionRate)) { Color = TextColor.Good, Size = TextSize.Small, Wrap = false }]) { Width = ColumnWidth.Stretch },
        ]) { Spacing = Spacing.None };
        yield return new ColumnSet(
        [
            new Column([new TextBlock(CardText.Get(language, "SurveyResults_BarDissatisfied")) { Size = TextSize.Small, IsSubtle = true }]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock(Bar(counts.DissatisfiedShare)) { Color = TextColor.Attention, Size = TextSize.Small, Wrap = false }]) { Width = ColumnWidth.Stretch },
        ]) { Spacing = Spacing.None };
    }

    /// <summary>An opinion cut to <see cref="OpinionChars"/> for a card (the export and the web page show it whole).</summary>
    public static string Shorten(string opinion) => opinion.Length <= OpinionChars ? opinion : opinion[..OpinionChars] + "…";
}
