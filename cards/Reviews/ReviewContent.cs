using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Cards.Reviews;

/// <summary>The parts of a review card that show the submission: who, the route, the problems, the commitment, earlier versions.</summary>
internal static class ReviewContent
{
    /// <summary>The lengths of every author text the card may cut: problems, commitment, lessons, earlier and banner comments.</summary>
    public static IEnumerable<int> TextLengths(ReviewCardView view)
    {
        foreach (var problem in view.Version.Problems)
        {
            yield return problem.Description.Length;
            yield return problem.Measures.Length;
            if (problem.Handling == HandlingKind.CannotFixYet)
            {
                yield return problem.Explanation?.Length ?? 0;
                foreach (var milestone in problem.Milestones)
                {
                    yield return milestone.Description.Length;
                }
            }
        }

        yield return view.Version.Commitment.Length;
        yield return view.Version.Lessons?.Length ?? 0;
        foreach (var earlier in view.EarlierVersions)
        {
            yield return earlier.Decision?.Comment?.Length ?? 0;
        }

        if (view.Mode == ReviewCardMode.Closed && view.Banner is ReviewCardBanner.Decided { Comment: { } comment })
        {
            yield return comment.Length;
        }
    }

    public static IEnumerable<CardElement> Header(UserLanguage language, ReviewCardView view)
    {
        string Text(string key) => CardText.Get(language, key);
        var version = view.Version;
        var facts = new List<Fact> { new(Text("Review_Fact_Author"), ReviewWords.NameAndNumber(language, view.Author)) };
        if (ReviewWords.UnitName(view.Roster, version.AuthorUnitCode, view.Author) is { } unit)
        {
            facts.Add(new Fact(Text("Review_Fact_Unit"), unit));
        }

        if (ReviewWords.Positions(language, view.Author, view.Roster) is { } positions)
        {
            facts.Add(new Fact(Text("Review_Fact_Positions"), positions));
        }

        facts.Add(new Fact(Text("Review_Fact_Version"), CardText.Format(language, "Review_VersionNumber", version.Version)));
        facts.Add(new Fact(Text("Review_Fact_SubmittedAt"), ReviewWords.Time(version.SubmittedAt)));
        yield return new FactSet(facts);
        yield return new TextBlock(Text("Review_RouteHeading")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new TextBlock(view.RouteText ?? RouteText(language, version.Route, view.Roster)) { IsSubtle = true, Spacing = Spacing.None };
    }

    /// <summary>The version's fixed route in words: the rule, then the office's override or the fallback's reason.</summary>
    public static string RouteText(UserLanguage language, ReviewRoute route, Core.Roster.Roster roster)
    {
        var rule = CardText.Get(language, ReviewRouter.DescribeKey(route));
        if (route.Override is { } o)
        {
            var at = ReviewWords.Date(Core.Stages.ChinaTime.DateOf(o.SetAt));
            return rule + "\n\n" + CardText.Format(language, "Route_Override", o.Reason, ReviewWords.Name(roster, o.SetBy), at);
        }

        return FallbackReason(language, route, roster) is { } reason ? rule + "\n\n" + reason : rule;
    }

    public static string? FallbackReason(UserLanguage language, ReviewRoute route, Core.Roster.Roster roster) =>
        route.Fallback is { } fallback
            ? CardText.Format(language, "RouteFallback_" + fallback.Reason, roster.Unit(fallback.UnitCode)?.Name ?? fallback.UnitCode ?? "")
            : null;

    /// <summary>One problem; <paramref name="compact"/> leaves out the explanation and milestones (counted, read in full text).</summary>
    public static Container Problem(UserLanguage language, SubmissionVersion version, int index, int cap, bool compact, bool fullTextButton, ref bool anyShortened)
    {
        string Text(string key) => CardText.Get(language, key);
        var problem = version.Problems[index];
        var shortened = false;
        string Fit(string text)
        {
            var fitted = ReviewTextBudget.Shorten(text, cap, out var cut);
            shortened |= cut;
            return fitted;
        }

        var items = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, "Review_Problem_Heading", index + 1, version.Problems.Count, ReviewWords.Area(language, problem.Area)))
            {
                Weight = TextWeight.Bolder, Size = TextSize.Medium,
            },
            new FactSet(
            [
                new Fact(Text("Review_Problem_Source"), ReviewWords.Source(language, problem.Source)),
                new Fact(Text("Review_Problem_Handling"), ReviewWords.Handling(language, problem.Handling)),
                new Fact(Text("Review_Problem_Deadline"), ReviewWords.Date(problem.Deadline)),
            ]) { Spacing = Spacing.Small },
        };
        items.AddRange(Section(Text("Review_Problem_Description"), Fit(problem.Description)));
        items.AddRange(Section(Text("Review_Problem_Measures"), Fit(problem.Measures)));
        if (problem.Handling == HandlingKind.CannotFixYet && compact)
        {
            items.Add(new TextBlock(CardText.Format(language, "Review_Problem_LeftOut", problem.Milestones.Count)) { IsSubtle = true, Size = TextSize.Small });
            shortened = true;
        }
        else if (problem.Handling == HandlingKind.CannotFixYet)
        {
            if (!string.IsNullOrWhiteSpace(problem.Explanation))
            {
                items.AddRange(Section(Text("Review_Problem_Explanation"), Fit(problem.Explanation)));
            }

            if (problem.Milestones.Count > 0)
            {
                items.Add(Label(Text("Review_Problem_Milestones")));
                items.Add(new FactSet(problem.Milestones.OrderBy(m => m.Date).Select(m => new Fact(ReviewWords.Date(m.Date), Fit(m.Description)))) { Spacing = Spacing.None });
            }
        }

        if (shortened && fullTextButton)
        {
            var data = ReviewCard.Data(version);
            data[ReviewCard.ProblemKey] = index.ToString(CultureInfo.InvariantCulture);
            items.Add(new ActionSet([new ExecuteAction(Text("Review_FullTextButton"), ReviewCard.FullTextVerb, data)]));
        }

        anyShortened |= shortened;
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>The commitment and lessons; <paramref name="shortened"/> turns true if either was cut.</summary>
    public static Container Closing(UserLanguage language, SubmissionVersion version, int cap, ref bool shortened)
    {
        var items = new List<CardElement>();
        items.AddRange(Section(CardText.Get(language, "Review_Commitment"), ReviewTextBudget.Shorten(version.Commitment, cap, out var cut)));
        shortened |= cut;
        if (!string.IsNullOrWhiteSpace(version.Lessons))
        {
            items.AddRange(Section(CardText.Get(language, "Review_Lessons"), ReviewTextBudget.Shorten(version.Lessons, cap, out cut)));
            shortened |= cut;
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>Earlier versions, collapsed to what they were told: the decision, who, when, and the comment.</summary>
    public static Container Earlier(
        UserLanguage language, IReadOnlyList<SubmissionVersion> earlier, Core.Roster.Roster roster, int cap, ref bool shortened)
    {
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var items = new List<CardElement> { new TextBlock(CardText.Get(language, "Review_EarlierVersions")) { Weight = TextWeight.Bolder } };
        foreach (var version in earlier.OrderBy(v => v.Version))
        {
            items.Add(new TextBlock(EarlierLine(language, version, roster)) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.Medium });
            if (version.Decision?.Comment is { Length: > 0 } comment)
            {
                items.Add(new TextBlock(Format("Review_Comment", ReviewTextBudget.Shorten(comment, cap, out var cut))) { Spacing = Spacing.None });
                shortened |= cut;
            }
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>What an earlier version was told: the decision, who, when (or its withdrawal).</summary>
    public static string EarlierLine(UserLanguage language, SubmissionVersion version, Core.Roster.Roster roster)
    {
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var submitted = ReviewWords.Time(version.SubmittedAt);
        return version switch
        {
            { Decision: { External: true } d } => Format("Review_Earlier_External", version.Version, submitted,
                ReviewWords.Name(roster, d.ByNumber), ReviewWords.Time(d.At), CardText.Get(language, "Review_OutcomePast_" + d.Outcome)),
            { Decision: { } d } => Format("Review_Earlier_Decided", version.Version, submitted,
                ReviewWords.Name(roster, d.ByNumber), ReviewWords.Time(d.At), CardText.Get(language, "Review_OutcomePast_" + d.Outcome)),
            { WithdrawnAt: { } at } => Format("Review_Earlier_Withdrawn", version.Version, submitted, ReviewWords.Time(at)),
            _ => Format("Review_Earlier_Open", version.Version, submitted),
        };
    }

    private static TextBlock Label(string text) => new(text) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.Small };

    private static IEnumerable<CardElement> Section(string label, string text) =>
        [Label(label), new TextBlock(text) { Spacing = Spacing.None }];
}
