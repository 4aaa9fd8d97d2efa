using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// "意见箱" / "suggestion box": pick a unit, write an opinion, send — anonymously. The problem (if any) is shown next to
/// the field it concerns and everything typed is kept. Mobile (schema 1.2) can type "意见箱 &lt;单位编码&gt; &lt;意见&gt;" instead.
/// </summary>
public static class SuggestionBoxCard
{
    public const string UnitId = "unit";
    public const string OpinionId = "opinion";

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<OrganisationUnit> units, string? unitCode, string? opinion = null, SurveyReplyProblem? problem = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement>
        {
            new TextBlock(Text("SuggestionBox_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Text("SuggestionBox_Anonymous")) { IsSubtle = true, Spacing = Spacing.Small },
            new TextBlock(Text("SuggestionBox_Unit")) { Weight = TextWeight.Bolder },
            new ChoiceSetInput(UnitId, [.. units.Select(u => new Choice(u.Name, u.Code))]) { Value = unitCode },
        };
        if (problem == SurveyReplyProblem.UnknownSurvey)
        {
            body.Add(new TextBlock(Text("SuggestionBox_Problem_UnknownUnit")) { Color = TextColor.Attention, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(CardText.Format(language, "SuggestionBox_Opinion", SurveyLimits.OpinionMaxLength)) { Weight = TextWeight.Bolder });
        body.Add(new TextInput(OpinionId) { IsMultiline = true, Value = opinion, MaxLength = SurveyLimits.OpinionMaxLength });
        if (problem is SurveyReplyProblem.Empty or SurveyReplyProblem.OpinionTooLong)
        {
            body.Add(new TextBlock(CardText.Format(language, "SuggestionBox_Problem_" + problem, SurveyLimits.OpinionMaxLength)) { Color = TextColor.Attention, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(Text("SuggestionBox_TypedHint")) { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body, [new ExecuteAction(Text("SuggestionBox_Send"), KnownCommands.SuggestionBoxSendVerb)]);
    }
}
