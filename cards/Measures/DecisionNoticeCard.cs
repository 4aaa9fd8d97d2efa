using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// Tells the author what was decided on their version: approved (each problem is now a ledger entry to carry out) or
/// returned with the reviewer's comment and a button to revise, with who decided and when (China Standard Time),
/// because every decision keeps who, when and why.
/// </summary>
public static class DecisionNoticeCard
{
    /// <summary>On a returned version: start the next version from this one.</summary>
    public const string ReviseVerb = MeasureActions.MeasureReviseVerb;

    /// <summary>On an approved version: open "我的整改措施" with the new ledger entries.</summary>
    public const string MyMeasuresVerb = MeasureActions.MyMeasuresVerb;

    public const string VersionKey = MeasureActions.VersionKey;

    /// <exception cref="ArgumentException">The version has no decision.</exception>
    public static AdaptiveCard Build(UserLanguage language, DecisionNoticeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var version = view.Version;
        var decision = version.Decision ?? throw new ArgumentException("The version has no decision to tell.", nameof(view));
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var approved = decision.Outcome == ReviewOutcome.Approved;

        var body = new List<CardElement>
        {
            Title(Format(approved ? "Measure_DecisionApprovedTitle" : "Measure_DecisionReturnedTitle", version.Version)),
            new TextBlock(Format(decision.External ? "Measure_DecidedExternally" : "Measure_DecidedBy", view.DecidedByName, Cst(decision.At)))
            {
                Spacing = Spacing.Small,
            },
            new FactSet(
            [
                new Fact(Text("Measure_SubmittedAtLabel"), Cst(version.SubmittedAt)),
                new Fact(Text("Measure_ProblemsLabel"), Number(version.Problems.Count)),
            ]) { Spacing = Spacing.Small },
            Heading(Text(approved ? "Measure_CommentHeading" : "Measure_ReturnCommentHeading")),
            UserText(string.IsNullOrWhiteSpace(decision.Comment) ? Text("Measure_NoComment") : decision.Comment),
        };

        CardAction action;
        if (approved)
        {
            body.Add(new TextBlock(Format("Measure_ApprovedLedger", version.Problems.Count)) { Spacing = Spacing.Medium });
            action = new ExecuteAction(Text("Measure_MyMeasuresButton"), MyMeasuresVerb);
        }
        else
        {
            body.Add(new TextBlock(Text("Measure_ReturnedNext")) { Spacing = Spacing.Medium });
            action = new ExecuteAction(Text("Measure_ReviseButton"), ReviseVerb, Data((VersionKey, Number(version.Version))));
        }

        return new AdaptiveCard(body, [action]);
    }
}
