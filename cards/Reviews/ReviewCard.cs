using System.Text;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// One copy of a member's measures for review (审核), sent to each routed reviewer's personal chat (every branch
/// committee member gets one; the first decision stands), to the office (forward, assign, external decision) and to the
/// inspection group (assisting). The bot updates every copy in place after a decision, and Teams refreshes a copy
/// (<see cref="RefreshVerb"/>) when its holder opens it, so a lost update never leaves a stale decision button.
/// Long texts are cut to fit one Teams message (<see cref="MaxCardBytes"/>); the holder reads them whole with <see cref="FullTextVerb"/>.
/// </summary>
public static class ReviewCard
{
    public const string ApproveVerb = "review-approve";
    public const string ReturnVerb = "review-return";
    public const string ForwardVerb = "review-forward";
    public const string AssignVerb = "review-assign";
    public const string ExternalVerb = "review-external";

    /// <summary>Teams asks for the copy's current state (the card's refresh action).</summary>
    public const string RefreshVerb = "review-refresh";

    /// <summary>The whole text of one problem (<see cref="ProblemKey"/>), or of the rest of the submission without it.</summary>
    public const string FullTextVerb = "review-full";

    /// <summary>Data key: the author's person number.</summary>
    public const string AuthorKey = "author";

    /// <summary>Data key: the version number the card shows; the bot refuses a decision on any other.</summary>
    public const string VersionKey = "version";

    /// <summary>Data key of <see cref="FullTextVerb"/>: the problem's index, from 0.</summary>
    public const string ProblemKey = "problem";

    /// <summary>Input id: the comment (decision, or the higher committee's comment).</summary>
    public const string CommentInput = "comment";

    /// <summary>Input id: the person number chosen to forward or assign to.</summary>
    public const string ReviewerInput = "reviewer";

    /// <summary>Input id: the higher committee's outcome, a <see cref="ReviewOutcome"/> name.</summary>
    public const string OutcomeInput = "outcome";

    /// <summary>
    /// The most a copy may weigh as JSON (UTF-8), leaving room for the message envelope under Teams' ~28 KB: a realistic
    /// submission shows whole; a longer one has its longest texts cut to the longest common length that still fits.
    /// </summary>
    public const int MaxCardBytes = 27 * 1024;

    /// <summary>The error the bot shows under the comment when a return comes without one.</summary>
    public static string CommentRequiredText(UserLanguage language) => CardText.Get(language, "Review_Error_CommentRequired");

    /// <summary>The error the bot shows under a reviewer or outcome list left empty.</summary>
    public static string ChoiceRequiredText(UserLanguage language) => CardText.Get(language, "Review_Error_ChoiceRequired");

    public static AdaptiveCard Build(UserLanguage language, ReviewCardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var whole = Compose(language, view, int.MaxValue, compact: false);
        if (Fits(whole))
        {
            return whole;
        }

        // The largest common cap that fits; if even the shortest stubs do not, the compact form leaves out the
        // explanations and milestones (read with "full text") and searches again.
        var longest = ReviewContent.TextLengths(view).DefaultIfEmpty(0).Max();
        foreach (var compact in new[] { false, true })
        {
            var low = ReviewTextBudget.MinimumCap;
            if (!Fits(Compose(language, view, low, compact)))
            {
                continue;
            }

            var high = Math.Max(low, longest);
            while (low < high)
            {
                var middle = low + ((high - low + 1) / 2);
                if (Fits(Compose(language, view, middle, compact)))
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return Compose(language, view, low, compact);
        }

        return Compose(language, view, ReviewTextBudget.MinimumCap, compact: true);
    }

    /// <summary>The data every action of the card carries: whose measures, which version.</summary>
    internal static Dictionary<string, string> Data(SubmissionVersion version) => new(StringComparer.Ordinal)
    {
        [AuthorKey] = version.AuthorNumber,
        [VersionKey] = version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static bool Fits(AdaptiveCard card) => Encoding.UTF8.GetByteCount(card.ToJson()) <= MaxCardBytes;

    /// <summary>The card with every author text cut to <paramref name="cap"/> characters; compact leaves out explanations and milestones.</summary>
    private static AdaptiveCard Compose(UserLanguage language, ReviewCardView view, int cap, bool compact)
    {
        string Text(string key) => CardText.Get(language, key);
        var version = view.Version;
        var data = Data(version);

        // Full-text buttons on every copy that has buttons at all; closed copies have none.
        var fullText = view.Mode != ReviewCardMode.Closed;
        var shortened = false;
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(new TextBlock(view.Notice) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        if (view.Mode == ReviewCardMode.Closed)
        {
            body.Add(ReviewBanners.Element(language, view.Banner, view.Roster, comment =>
            {
                var fitted = ReviewTextBudget.Shorten(comment, cap, out var cut);
                shortened |= cut;
                return fitted;
            }));
        }

        body.Add(new TextBlock(Text("Review_Title_" + view.Mode)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (view.Mode == ReviewCardMode.Assist)
        {
            body.Add(new TextBlock(Text("Review_AssistNote")) { Color = TextColor.Accent, Spacing = Spacing.Small });
        }

        body.AddRange(ReviewContent.Header(language, view));
        var noteAt = body.Count;
        for (var i = 0; i < version.Problems.Count; i++)
        {
            body.Add(ReviewContent.Problem(language, version, i, cap, compact, fullText, ref shortened));
        }

        var restShortened = false;
        body.Add(ReviewContent.Closing(language, version, cap, ref restShortened));
        if (view.EarlierVersions.Count > 0)
        {
            body.Add(ReviewContent.Earlier(language, view.EarlierVersions, view.Roster, cap, ref restShortened));
        }

        if (restShortened && fullText)
        {
            body.Add(new ActionSet([new ExecuteAction(Text("Review_FullTextButton"), FullTextVerb, data)]));
        }

        if (shortened || restShortened)
        {
            body.Insert(noteAt, new TextBlock(Text(fullText ? "Review_ShortenedNote" : "Review_ShortenedNoteClosed")) { Color = TextColor.Warning, Size = TextSize.Small });
        }

        var actions = new List<CardAction>();
        switch (view.Mode)
        {
            case ReviewCardMode.Decide:
                body.Add(DecideForm(language, view));
                actions.Add(new ExecuteAction(Text("Review_ApproveButton"), ApproveVerb, data));
                actions.Add(new ExecuteAction(Text("Review_ReturnButton"), ReturnVerb, data));
                break;
            case ReviewCardMode.Forward or ReviewCardMode.Assign:
                var forward = view.Mode == ReviewCardMode.Forward;
                body.Add(ChooseReviewerForm(language, view, forward));
                if (view.Candidates.Count > 0)
                {
                    actions.Add(forward
                        ? new ExecuteAction(Text("Review_ForwardButton"), ForwardVerb, data)
                        : new ExecuteAction(Text("Review_AssignButton"), AssignVerb, data));
                }

                break;
            case ReviewCardMode.External:
                body.Add(ExternalForm(language, view));
                actions.Add(new ExecuteAction(Text("Review_ExternalButton"), ExternalVerb, data));
                break;
        }

        return new AdaptiveCard(body, actions)
        {
            Refresh = new ExecuteAction(Text("Review_Refresh"), RefreshVerb, data),
            RefreshUserIds = view.ViewerTeamsId is { Length: > 0 } id ? [id] : [],
        };
    }

    private static Container DecideForm(UserLanguage language, ReviewCardView view)
    {
        var items = new List<CardElement>();
        if (view.Version.Reviewers.Count > 1)
        {
            items.Add(new TextBlock(CardText.Get(language, "Review_GroupNote")) { IsSubtle = true, Size = TextSize.Small });
        }

        items.AddRange(CommentField(language, "Review_CommentLabel", view.Form));
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static Container ChooseReviewerForm(UserLanguage language, ReviewCardView view, bool forward)
    {
        var items = new List<CardElement>();
        if (!forward)
        {
            var reason = view.AssignReason ?? ReviewContent.FallbackReason(language, view.Version.Route, view.Roster);
            if (reason is not null)
            {
                items.Add(new TextBlock(reason) { Color = TextColor.Warning, Weight = TextWeight.Bolder });
            }
        }

        items.Add(new TextBlock(CardText.Get(language, forward ? "Review_ForwardNote" : "Review_AssignNote")) { Spacing = Spacing.Small });
        if (view.Candidates.Count == 0)
        {
            items.Add(new TextBlock(CardText.Get(language, "Review_NoCandidates")) { Color = TextColor.Attention });
            return new Container(items) { Separator = true, Spacing = Spacing.Medium };
        }

        var choices = view.Candidates
            .Select(p => new Choice(
                string.Equals(p.Number, view.SuggestedReviewer, StringComparison.Ordinal) && forward
                    ? CardText.Format(language, "Review_Candidate_Liaison", ReviewWords.NameAndNumber(language, p))
                    : ReviewWords.NameAndNumber(language, p),
                p.Number))
            .ToList();
        items.Add(new TextBlock(CardText.Get(language, forward ? "Review_ForwardLabel" : "Review_AssignLabel")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        items.Add(new ChoiceSetInput(ReviewerInput, choices) { Value = view.Form.Reviewer ?? view.SuggestedReviewer, Spacing = Spacing.Small });
        items.AddRange(Error(view.Form.ChoiceError));
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static Container ExternalForm(UserLanguage language, ReviewCardView view)
    {
        var items = new List<CardElement>
        {
            new TextBlock(CardText.Get(language, "Review_ExternalNote")),
            new TextBlock(CardText.Get(language, "Review_OutcomeLabel")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new ChoiceSetInput(OutcomeInput,
            [
                new Choice(CardText.Get(language, "Review_Outcome_Approved"), nameof(ReviewOutcome.Approved)),
                new Choice(CardText.Get(language, "Review_Outcome_Returned"), nameof(ReviewOutcome.Returned)),
            ]) { Expanded = true, Value = view.Form.Outcome?.ToString(), Spacing = Spacing.Small },
        };
        items.AddRange(Error(view.Form.ChoiceError));
        items.AddRange(CommentField(language, "Review_ExternalCommentLabel", view.Form));
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static IEnumerable<CardElement> CommentField(UserLanguage language, string labelKey, ReviewCardForm form)
    {
        yield return new TextBlock(CardText.Format(language, labelKey, MeasureLimits.ReturnComment)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new TextInput(CommentInput) { IsMultiline = true, MaxLength = MeasureLimits.ReturnComment, Value = form.Comment, Spacing = Spacing.Small };
        foreach (var error in Error(form.CommentError))
        {
            yield return error;
        }
    }

    private static IEnumerable<CardElement> Error(string? error)
    {
        if (!string.IsNullOrWhiteSpace(error))
        {
            yield return new TextBlock(error) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None };
        }
    }
}
