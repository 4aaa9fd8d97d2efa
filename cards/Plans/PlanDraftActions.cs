namespace RectifyBot.Cards.Plans;

/// <summary>
/// The verbs and data keys of the plan drafting cards (issue 8). Every button carries the unit and the draft's
/// revision it was drawn from, so the bot refuses a stale card; indices are 0-based invariant-culture strings.
/// </summary>
public static class PlanDraftActions
{
    public const string AnswerVerb = "plan-draft-answer";
    public const string PreviewVerb = "plan-draft-preview";
    public const string CancelVerb = "plan-draft-cancel";
    public const string ItemEditVerb = "plan-item-edit";
    public const string ItemAddVerb = "plan-item-add";
    public const string ItemSaveVerb = "plan-item-save";
    public const string ItemRemoveVerb = "plan-item-remove";
    public const string SubmitVerb = "plan-draft-submit";
    public const string PublishVerb = "plan-publish";

    /// <summary>Starts (or resumes) the draft of the unit in <see cref="UnitKey"/>.</summary>
    public const string StartVerb = "plan-draft-start";

    public const string UnitKey = "unit";
    public const string RevisionKey = "revision";
    public const string StepKey = "step";
    public const string ItemKey = "item";

    /// <summary>The one input of a step card.</summary>
    public const string AnswerInputId = "answer";

    /// <summary>The unit's own area, typed next to the office's list (it wins when filled in).</summary>
    public const string OwnAreaInputId = "ownArea";

    /// <summary>The input id of a field on the item form and the publish card: the field's name, camel-cased.</summary>
    public static string InputId(Core.Plans.PlanField field) => char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..];
}
