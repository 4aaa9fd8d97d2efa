using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// The inputs of a review card as last submitted, shown back unchanged when the bot refuses them (a return without a
/// comment, a forward without a reviewer), with the bot's error texts placed under the field they are about.
/// </summary>
/// <param name="Comment">The comment as typed (decision or external decision).</param>
/// <param name="Reviewer">The person number chosen in the reviewer list (forward, assign); null keeps the suggestion.</param>
/// <param name="Outcome">The external decision chosen (external mode).</param>
/// <param name="CommentError">Shown under the comment input, e.g. <see cref="ReviewCard.CommentRequiredText"/>.</param>
/// <param name="ChoiceError">Shown under the reviewer or outcome list, e.g. <see cref="ReviewCard.ChoiceRequiredText"/>.</param>
public sealed record ReviewCardForm(
    string? Comment = null,
    string? Reviewer = null,
    ReviewOutcome? Outcome = null,
    string? CommentError = null,
    string? ChoiceError = null)
{
    public static ReviewCardForm Blank { get; } = new();
}
