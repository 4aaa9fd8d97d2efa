using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// "新建测评" / "new survey": the unit (those the person may organise), the answer window in China Standard Time days,
/// a quota per participant category (service recipients: how many unnamed one-time links), optional extra questions
/// (one a line). A label above each input, the server's errors right under the field, everything typed kept.
/// </summary>
public static class NewSurveyCard
{
    /// <summary>Up to this many units are offered as a drop-down; beyond it (the office of a large university) the unit code is typed.</summary>
    public const int MaxUnitChoices = 60;

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<(string Code, string Name)> units, NewSurveyForm form)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(form);
        string Text(string key) => CardText.Get(language, key);

        var body = new List<CardElement>
        {
            new TextBlock(Text("NewSurvey_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Text("NewSurvey_Intro")) { IsSubtle = true, Spacing = Spacing.Small },
        };
        if (form.Notice is { } notice)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        Label("NewSurvey_Unit");
        if (units.Count > MaxUnitChoices)
        {
            body.Add(new TextInput(NewSurveyForm.UnitId) { Value = form.Unit, Placeholder = Text("NewSurvey_UnitCode"), MaxLength = 64 });
        }
        else
        {
            body.Add(new ChoiceSetInput(NewSurveyForm.UnitId, [.. units.Select(u => new Choice($"{u.Name}（{u.Code}）", u.Code))])
            {
                Value = form.Unit ?? (units.Count == 1 ? units[0].Code : null),
            });
        }

        Errors(NewSurveyForm.UnitId);

        Label("NewSurvey_FirstDay");
        body.Add(new DateInput(NewSurveyForm.FirstDayId) { Value = form.FirstDay });
        Errors(NewSurveyForm.FirstDayId);
        Label("NewSurvey_LastDay");
        body.Add(new DateInput(NewSurveyForm.LastDayId) { Value = form.LastDay });
        Errors(NewSurveyForm.LastDayId);

        body.Add(new TextBlock(CardText.Format(language, "NewSurvey_Quotas", SurveyLimits.MaxQuota)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        foreach (var category in NewSurveyForm.QuotaCategories)
        {
            var id = NewSurveyForm.QuotaId(category);
            body.Add(new TextBlock(Text("NewSurvey_Quota_" + category)) { Spacing = Spacing.Small });
            body.Add(new TextInput(id) { Value = form.Quotas.GetValueOrDefault(category), Placeholder = "0", MaxLength = 6 });
            Errors(id);
        }

        Errors("quotas");
        body.Add(new TextBlock(CardText.Format(language, "NewSurvey_Questions", SurveyLimits.MaxExtraQuestions, SurveyLimits.QuestionMaxLength)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        body.Add(new TextBlock(Text("NewSurvey_DefaultQuestions")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        body.Add(new TextInput(NewSurveyForm.QuestionsId) { IsMultiline = true, Value = form.Questions, MaxLength = (SurveyLimits.QuestionMaxLength + 1) * SurveyLimits.MaxExtraQuestions });
        Errors(NewSurveyForm.QuestionsId);

        return new AdaptiveCard(body, [new ExecuteAction(Text("NewSurvey_Create"), SurveyVerbs.Create)]);

        void Label(string key) => body.Add(new TextBlock(Text(key)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });

        void Errors(string field)
        {
            foreach (var (_, message) in form.Errors.Where(e => e.Field == field))
            {
                body.Add(new TextBlock(message) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }
    }
}
