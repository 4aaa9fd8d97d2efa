using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.StatusReports;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.StatusReports;

/// <summary>
/// 公布整改情况 (DOMAIN.md §5): the summary generated from the unit's ledger (counts; members' text is never shown) and
/// the items that cannot be fixed yet with the explanation given to the masses; then either the form to publish it
/// (scope and the window's last day, errors next to the field, what was typed kept) or what was published. Texts are
/// shortened (<see cref="ProblemLength"/>, <see cref="ExplanationLength"/>) so 20 explained items stay under 28 KB.
/// </summary>
public static class StatusReportCard
{
    public const string PublishVerb = "status-publish";

    /// <summary>The unit choice's button (<see cref="Prompt"/>): the chosen unit's summary and form.</summary>
    public const string PreviewVerb = "status-preview";
    public const string UnitKey = "unit";
    public const string ScopeField = "statusScope";
    public const string LastDayField = "statusLastDay";

    public static UnitChoicePrompt Prompt { get; } =
        new("StatusReport_ChooseUnitTitle", "StatusReport_ChooseUnitHint", "StatusReport_ChooseUnitButton", PreviewVerb, UnitKey);

    public const int ProblemLength = 100;
    public const int ExplanationLength = 200;

    public static AdaptiveCard Build(UserLanguage language, StatusReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement>
        {
            Title(CardText.Format(language, view.Published is null ? "StatusReport_Title" : "StatusReport_PublishedTitle", view.UnitName)),
        };
        body.AddRange(Summary(language, view.Summary));

        if (view.Published is { } published)
        {
            body.Add(new TextBlock(CardText.Format(language, "StatusReport_PublishedLine", PlanWords.Scope(language, published.Publication.Scope), Iso(published.Publication.LastDay)))
            {
                Spacing = Spacing.Medium,
                Color = TextColor.Good,
            });
            return new AdaptiveCard(body);
        }

        body.Add(Label(Text("StatusReport_Field_Scope")));
        body.Add(new ChoiceSetInput(ScopeField, [.. Enum.GetValues<PlanScope>().Select(s => new Choice(PlanWords.Scope(language, s), s.ToString()))])
        {
            Expanded = true,
            Value = Enum.TryParse<PlanScope>(view.Scope, out var scope) ? scope.ToString() : null,
        });
        body.AddRange(Errors(ErrorsOf(view.Errors, ScopeField)));
        body.Add(Label(Text("StatusReport_Field_LastDay")));
        body.Add(new DateInput(LastDayField) { Value = DateValue(view.LastDay, out var unreadable) });
        if (unreadable is not null)
        {
            body.Add(Hint(CardText.Format(language, "Measure_TypedWas", unreadable)));
        }

        body.AddRange(Errors(ErrorsOf(view.Errors, LastDayField)));
        return new AdaptiveCard(body, [new ExecuteAction(Text("StatusReport_PublishButton"), PublishVerb, Data((UnitKey, view.UnitCode)))]);
    }

    /// <summary>The summary: what it is, the counts, and the explained items (shortened).</summary>
    /// <param name="language">The reader's language.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="problemLength">How much of each explained item's problem is shown.</param>
    /// <param name="explanationLength">How much of each explanation is shown.</param>
    /// <param name="introKey">The line above the counts: the publisher's (what publishing does) or the masses' (what they read).</param>
    public static IEnumerable<CardElement> Summary(
        UserLanguage language, StatusSummary summary, int problemLength = ProblemLength, int explanationLength = ExplanationLength, string introKey = "StatusReport_Intro")
    {
        ArgumentNullException.ThrowIfNull(summary);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement>
        {
            Hint(Text(introKey)),
            new FactSet(
            [
                new(Text("StatusReport_InProgress"), Number(summary.InProgress)),
                new(Text("StatusReport_Overdue"), Number(summary.Overdue)),
                new(Text("StatusReport_DoneOnTime"), Number(summary.DoneOnTime)),
                new(Text("StatusReport_DoneLate"), Number(summary.DoneLate)),
                new(Text("StatusReport_Total"), Number(summary.Total)),
            ]) { Spacing = Spacing.Medium },
        };
        if (summary.Explained.Count > 0)
        {
            body.Add(Heading(Text("StatusReport_ExplainedHeading")));
            foreach (var item in summary.Explained)
            {
                body.Add(new Container(
                [
                    new TextBlock(Shorten(OneLine(item.Problem), problemLength)) { Weight = TextWeight.Bolder },
                    Hint(CardText.Format(language, "StatusReport_ExplainedLine", Iso(item.Deadline), Shorten(OneLine(item.Explanation), explanationLength))),
                ]) { Separator = true, Spacing = Spacing.Small });
            }
        }

        return body;
    }
}
