using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// The quick-reply survey card a participant gets in Teams: what is assessed and the window, the opinion invited
/// first (on consolidating the results and the long-term mechanisms), any extra questions, then one tap on
/// 满意 / 基本满意 / 不满意 / 不了解 (Action.Execute, with the Action.Submit fallback for mobile). Shown again with the
/// problem next to the field and everything typed kept when a reply could not be accepted. A plan's or status report's
/// feedback window shows what was published first and asks about it.
/// </summary>
public static class SurveyInvitationCard
{
    private static readonly SatisfactionChoice[] Choices = Enum.GetValues<SatisfactionChoice>();

    /// <summary>The card.</summary>
    /// <param name="language">The reader's language.</param>
    /// <param name="survey">The survey.</param>
    /// <param name="reminder">The reminder rather than the first card.</param>
    /// <param name="kept">What the person typed, shown again (null: a fresh card).</param>
    /// <param name="problemKey">The resource key of the problem shown next to its field, or null.</param>
    /// <param name="material">What a plan's or status report's feedback window is about, shown above the questions (null for a satisfaction survey).</param>
    public static AdaptiveCard Build(UserLanguage language, Survey survey, bool reminder, SurveyReplyForm? kept = null, string? problemKey = null, FeedbackMaterial? material = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        string Text(string key) => CardText.Get(language, key);

        var body = new List<CardElement>
        {
            new TextBlock(SurveyWords.Title(language, survey)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (reminder)
        {
            body.Add(new TextBlock(Text("SurveyCard_Reminder")) { Color = TextColor.Warning, Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(SurveyWords.Window(language, survey.Window)) { IsSubtle = true, Spacing = Spacing.Small });
        body.Add(new TextBlock(Text("Survey_Anonymous")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        if (material is not null)
        {
            body.AddRange(FeedbackMaterialSection.Elements(language, material));
        }

        // The opinion is invited first and prominently: the masses' opinions are the point, not the percentage.
        body.Add(new TextBlock(Text(SurveyWords.KeyFor("Survey_OpinionQuestion", survey))) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        body.Add(new TextInput(SurveyVerbs.OpinionId)
        {
            IsMultiline = true,
            MaxLength = SurveyLimits.OpinionMaxLength,
            Value = kept?.Opinion,
        });
        body.Add(new TextBlock(CardText.Format(language, "Survey_OpinionHint", SurveyLimits.OpinionMaxLength)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        if (problemKey == "Survey_Problem_OpinionTooLong")
        {
            body.Add(Error(CardText.Format(language, problemKey, SurveyLimits.OpinionMaxLength)));
        }

        var choices = Choices.Select(c => new Choice(SurveyWords.Choice(language, c), c.ToString())).ToList();
        foreach (var question in survey.ExtraQuestions)
        {
            body.Add(new TextBlock(question.Text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new ChoiceSetInput(SurveyVerbs.ExtraId(question.Id), choices)
            {
                Expanded = true,
                Value = kept?.Extras.TryGetValue(question.Id, out var chosen) == true ? chosen.ToString() : null,
            });
        }

        body.Add(new TextBlock(CardText.Format(language, SurveyWords.KeyFor("Survey_SatisfactionQuestion", survey), survey.UnitName)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        if (problemKey is not null && problemKey != "Survey_Problem_OpinionTooLong")
        {
            body.Add(Error(Text(problemKey)));
        }

        body.Add(new TextBlock(Text("SurveyCard_Final")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        var actions = Choices.Select(c => (CardAction)new ExecuteAction(
            SurveyWords.Choice(language, c),
            SurveyVerbs.Answer,
            new Dictionary<string, string> { [SurveyVerbs.SurveyKey] = survey.Id, [SurveyVerbs.ChoiceKey] = c.ToString() }));
        return new AdaptiveCard(body, actions);
    }

    private static TextBlock Error(string text) => new(text) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None };
}
