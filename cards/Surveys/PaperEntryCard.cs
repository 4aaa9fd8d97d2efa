using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// "录入纸质票": an organiser types the counted paper ballots (or interview notes) of one form — per category how many
/// chose each answer and the blanks — and the transcribed opinions (one per paragraph). The form carries its own entry
/// id, so sending it twice counts it once. A field that is not a whole number gets its message right under it, and
/// everything typed is kept. Only inputs of schema 1.2, so Teams mobile fills it in through the Submit fallback.
/// </summary>
public static class PaperEntryCard
{
    public const string SourceId = "source";
    public const string OpinionsId = "opinions";
    public const string SurveyKey = "surveyId";
    public const string EntryKey = "entryId";

    /// <summary>The column of blank ballots (no choice).</summary>
    public const string Blank = "Blank";

    public static IReadOnlyList<string> Columns { get; } = [.. Enum.GetNames<SatisfactionChoice>(), Blank];

    public static string FieldId(ParticipantCategory category, string column) => category + "." + column;

    public static AdaptiveCard Build(
        UserLanguage language, Survey survey, string entryId, IReadOnlyDictionary<string, string>? typed = null, IReadOnlySet<string>? invalid = null, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        string Text(string key) => CardText.Get(language, key);
        string? Typed(string id) => typed is not null && typed.TryGetValue(id, out var v) ? v : null;
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, "PaperEntry_Title", PlainText.Escape(survey.UnitName))) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Text("PaperEntry_Hint")) { IsSubtle = true, Spacing = Spacing.Small },
            new ChoiceSetInput(SourceId, [new Choice(Text("PaperEntry_Source_Paper"), nameof(ReplySource.Paper)), new Choice(Text("PaperEntry_Source_Interview"), nameof(ReplySource.Interview))])
            {
                Value = Typed(SourceId) ?? nameof(ReplySource.Paper),
            },
        };
        if (problem is not null)
        {
            body.Add(new TextBlock(problem) { Color = TextColor.Attention });
        }

        // The opinions first: they are the point; then the counts of each category asked.
        body.Add(new TextBlock(Text("PaperEntry_Opinions")) { Weight = TextWeight.Bolder });
        body.Add(new TextInput(OpinionsId) { IsMultiline = true, Value = Typed(OpinionsId), Placeholder = Text("PaperEntry_OpinionsPlaceholder") });
        foreach (var category in Categories(survey))
        {
            body.Add(new TextBlock(Text("SurveyCategory_" + category)) { Weight = TextWeight.Bolder, Separator = true });
            foreach (var column in Columns)
            {
                var id = FieldId(category, column);
                body.Add(new ColumnSet(
                [
                    new Column([new TextBlock(column == Blank ? Text("PaperEntry_Blank") : Text("Survey_Choice_" + column))]) { Width = ColumnWidth.Weighted(1) },
                    new Column([new TextInput(id) { Value = Typed(id), Placeholder = "0", MaxLength = 6 }]) { Width = ColumnWidth.Weighted(1) },
                ]) { Spacing = Spacing.Small });
                if (invalid?.Contains(id) == true)
                {
                    body.Add(new TextBlock(Text("PaperEntry_NotANumber")) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
                }
            }
        }

        return new AdaptiveCard(body, [new ExecuteAction(Text("PaperEntry_Submit"), KnownCommands.PaperBallotsEnterVerb,
            new Dictionary<string, string> { [SurveyKey] = survey.Id, [EntryKey] = entryId })]);
    }

    /// <summary>The categories a survey asked, in a fixed order (small ones are stored as "other" by ingestion).</summary>
    public static IReadOnlyList<ParticipantCategory> Categories(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var asked = survey.AskedCounts.Where(a => a.Value > 0).Select(a => a.Key).Order().ToList();
        return asked.Count > 0 ? asked : [ParticipantCategory.Other];
    }
}
