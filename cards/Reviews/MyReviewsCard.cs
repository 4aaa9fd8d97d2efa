using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// "待我审核" / "my reviews": the viewer's queue, oldest first (the longest waiting is what supervision chases), with
/// counts per kind of work at the top; each item opens its review card (<see cref="OpenVerb"/>).
/// </summary>
public static class MyReviewsCard
{
    public const string OpenVerb = "review-open";

    /// <summary>Data key: the author's person number.</summary>
    public const string AuthorKey = ReviewCard.AuthorKey;

    /// <summary>Data key: the version number.</summary>
    public const string VersionKey = ReviewCard.VersionKey;

    /// <summary>Items shown; the rest are counted ("and N more").</summary>
    public const int MaxItems = 20;

    private static readonly MeasureStatus[] Kinds =
        [MeasureStatus.AwaitingReview, MeasureStatus.AwaitingForward, MeasureStatus.AwaitingAssignment, MeasureStatus.AwaitingExternalDecision];

    public static AdaptiveCard Build(UserLanguage language, MyReviewsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement> { new TextBlock(Text("Review_Queue_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (view.Items.Count == 0)
        {
            body.Add(new TextBlock(Text("Review_Queue_Empty")));
            return new AdaptiveCard(body);
        }

        var counts = Kinds
            .Select(kind => (kind, count: view.Items.Count(i => i.Awaiting == kind)))
            .Where(c => c.count > 0)
            .Select(c => new Fact(Text("Review_Queue_Count_" + c.kind), c.count.ToString(CultureInfo.InvariantCulture)));
        body.Add(new FactSet(counts));
        body.Add(new TextBlock(Text("Review_Queue_Oldest")) { IsSubtle = true, Size = TextSize.Small });

        var today = ChinaTime.DateOf(view.Now);
        var ordered = view.Items
            .OrderBy(i => i.SubmittedAt)
            .ThenBy(i => i.AuthorNumber, StringComparer.Ordinal)
            .ThenBy(i => i.Version);
        foreach (var item in ordered.Take(MaxItems))
        {
            body.Add(Item(language, item, today));
        }

        if (view.Items.Count > MaxItems)
        {
            body.Add(new TextBlock(CardText.Format(language, "Review_Queue_More", view.Items.Count - MaxItems)) { IsSubtle = true, Separator = true });
        }

        return new AdaptiveCard(body);
    }

    private static ColumnSet Item(UserLanguage language, MyReviewsItem item, DateOnly today)
    {
        var days = today.DayNumber - ChinaTime.DateOf(item.SubmittedAt).DayNumber;
        var waited = days switch
        {
            <= 0 => CardText.Get(language, "Review_Queue_WaitedToday"),
            1 => CardText.Get(language, "Review_Queue_WaitedOneDay"),
            _ => CardText.Format(language, "Review_Queue_Waited", days),
        };
        var name = language == UserLanguage.En ? $"{item.AuthorName} ({item.AuthorNumber})" : $"{item.AuthorName}（{item.AuthorNumber}）";
        var details = new List<CardElement> { new TextBlock(name) { Weight = TextWeight.Bolder } };
        if (item.UnitName is { Length: > 0 } unit)
        {
            details.Add(new TextBlock(unit) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        details.Add(new TextBlock(CardText.Format(language, "Review_Queue_Line", item.Version, ReviewTime(item.SubmittedAt), waited)) { Size = TextSize.Small, Spacing = Spacing.None });
        details.Add(new TextBlock(CardText.Get(language, "Review_Awaiting_" + item.Awaiting)) { Size = TextSize.Small, Color = TextColor.Accent, Spacing = Spacing.None });

        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AuthorKey] = item.AuthorNumber,
            [VersionKey] = item.Version.ToString(CultureInfo.InvariantCulture),
        };
        return new ColumnSet(
        [
            new Column(details) { Width = ColumnWidth.Stretch },
            new Column([new ActionSet([new ExecuteAction(CardText.Get(language, "Review_Queue_OpenButton"), OpenVerb, data)])]) { Width = ColumnWidth.Auto },
        ]) { Separator = true, Spacing = Spacing.Medium };
    }

    private static string ReviewTime(DateTimeOffset at) => ReviewWords.Time(at);
}
