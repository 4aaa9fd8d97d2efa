using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Plans;

/// <summary>"我的单位方案" / "unit plans": own plans, child units' plans with their status, and the coordination queue.</summary>
public static class UnitPlansCard
{
    public const string FileVerb = "plan-file";
    public const string TakeVerb = "plan-take";
    public const string ItemKey = "item";

    /// <summary>At most this many child plans and coordination items are listed, then "and N more".</summary>
    public const int MaxListed = 20;

    public static AdaptiveCard Build(UserLanguage language, UnitPlansView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        string Name(string code) => view.Roster.Unit(code)?.Name ?? code;
        var body = new List<CardElement> { new TextBlock(Text("Plans_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (view.NoticeKey is { } notice)
        {
            body.Add(new TextBlock(Text(notice)) { Weight = TextWeight.Bolder, Color = TextColor.Good });
        }

        foreach (var own in view.Own)
        {
            var items = new List<CardElement> { new TextBlock(CardText.Format(language, "Plans_Own", Name(own.UnitCode))) { Weight = TextWeight.Bolder } };
            if (own.Latest is { } latest)
            {
                items.AddRange(PlanWords.Heading(language, latest));
                items.AddRange(PlanWords.Items(language, latest, view.Roster));
            }
            else
            {
                items.Add(new TextBlock(Text("Plans_None")) { IsSubtle = true, Spacing = Spacing.Small });
            }

            if (own.CanFile)
            {
                items.Add(new ActionSet([new ExecuteAction(Text("Plans_FileButton"), FileVerb, new Dictionary<string, string> { [PlanNoticeCard.UnitKey] = own.UnitCode })]));
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        var children = new List<CardElement> { new TextBlock(Text("Plans_Children")) { Weight = TextWeight.Bolder } };
        if (view.Children.Count == 0)
        {
            children.Add(new TextBlock(Text("Plans_NoChildren")) { IsSubtle = true, Spacing = Spacing.Small });
        }

        foreach (var child in view.Children.Take(MaxListed))
        {
            var v = child.Latest;
            children.Add(new TextBlock(CardText.Format(language, "Plans_ChildLine", Name(v.UnitCode), v.Version, PlanWords.Status(language, v.Status))) { Spacing = Spacing.Small });
            if (child.CanAcknowledge)
            {
                children.Add(new ActionSet([new ExecuteAction(Text("Plans_AcknowledgeButton"), PlanNoticeCard.AcknowledgeVerb, new Dictionary<string, string>
                {
                    [PlanNoticeCard.UnitKey] = v.UnitCode,
                    [PlanNoticeCard.VersionKey] = v.Version.ToString(CultureInfo.InvariantCulture),
                })]));
            }
        }

        More(children, view.Children.Count);
        body.Add(new Container(children) { Separator = true, Spacing = Spacing.Medium });

        if (view.Coordinations.Count > 0)
        {
            var queue = new List<CardElement> { new TextBlock(Text("Plans_Coordination")) { Weight = TextWeight.Bolder } };
            foreach (var c in view.Coordinations.Take(MaxListed))
            {
                var item = c.Item;
                queue.Add(new TextBlock(CardText.Format(language, "Plans_CoordinationLine", Name(item.UnitCode), PlanWords.Shorten(item.Problem, PlanWords.MaxItemText), PlanWords.Iso(item.Deadline))) { Spacing = Spacing.Small });
                queue.Add(new TextBlock(item.OwnerNumber is { } owner
                    ? CardText.Format(language, "Plans_CoordinationOwner", view.Roster.Person(owner)?.Name ?? owner)
                    : Text("Plans_CoordinationOpen")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
                if (c.CanTake)
                {
                    queue.Add(new ActionSet([new ExecuteAction(Text("Plans_TakeButton"), TakeVerb, new Dictionary<string, string>
                    {
                        [PlanNoticeCard.UnitKey] = item.UnitCode,
                        [PlanNoticeCard.VersionKey] = item.Version.ToString(CultureInfo.InvariantCulture),
                        [ItemKey] = item.Item.ToString(CultureInfo.InvariantCulture),
                    })]));
                }
            }

            More(queue, view.Coordinations.Count);
            body.Add(new Container(queue) { Separator = true, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard(body);

        void More(List<CardElement> list, int count)
        {
            if (count > MaxListed)
            {
                list.Add(new TextBlock(CardText.Format(language, "Plans_More", count - MaxListed)) { IsSubtle = true, Size = TextSize.Small });
            }
        }
    }
}
