using RectifyBot.Cards.Measures;
using RectifyBot.Core.Measures.Drafting;
using Newtonsoft.Json.Linq;

namespace RectifyBot.Bot.Measures;

/// <summary>The problem form's input ids and the draft fields they carry.</summary>
public static class ProblemFormFields
{
    private static readonly Dictionary<DraftField, string> Ids = new()
    {
        [DraftField.Area] = ProblemFormCard.AreaField,
        [DraftField.Source] = ProblemFormCard.SourceField,
        [DraftField.Description] = ProblemFormCard.DescriptionField,
        [DraftField.Measures] = ProblemFormCard.MeasuresField,
        [DraftField.Handling] = ProblemFormCard.HandlingField,
        [DraftField.Explanation] = ProblemFormCard.ExplanationField,
        [DraftField.Milestones] = ProblemFormCard.MilestonesField,
        [DraftField.Deadline] = ProblemFormCard.DeadlineField,
    };

    public static string IdOf(DraftField field) => Ids.TryGetValue(field, out var id) ? id : ProblemFormCard.GeneralField;

    /// <summary>The submitted form's values, as typed.</summary>
    public static Dictionary<DraftField, string?> Read(JObject? data) =>
        Ids.ToDictionary(p => p.Key, p => data?.Value<string>(p.Value));
}
