using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Notices;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// A plan notice in the recipient's chat: the filing copy a parent's leader acknowledges, the office's copy to accept
/// or require a revision, their closed updates, and the author's notices (a revision comes with the opinions).
/// </summary>
public static class PlanNoticeCard
{
    public const string AcknowledgeVerb = "plan-acknowledge";
    public const string AcceptVerb = "plan-accept";
    public const string ReviseVerb = "plan-revise";
    public const string UnitKey = "unit";
    public const string VersionKey = "version";
    public const string CommentId = "comment";

    public static AdaptiveCard Build(UserLanguage language, PlanNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var version = notice.Version;
        var roster = notice.Roster;
        var unit = roster.Unit(version.UnitCode)?.Name ?? version.UnitCode;
        var actor = roster.Person(notice.ActorNumber)?.Name ?? notice.ActorNumber;
        var title = notice.Kind switch
        {
            PlanNoticeKind.FilingClosed or PlanNoticeKind.AcknowledgedToAuthor => CardText.Format(language, "PlanNotice_" + notice.Kind, unit, version.Version, actor),
            PlanNoticeKind.OfficeDecisionClosed => CardText.Format(language, "PlanNotice_OfficeDecisionClosed", unit, version.Version, actor, PlanWords.Status(language, version.Status)),
            _ => CardText.Format(language, "PlanNotice_" + notice.Kind, unit, version.Version),
        };
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder } };
        body.AddRange(PlanWords.Heading(language, version));
        body.AddRange(PlanWords.Items(language, version, roster));
        body.AddRange(PlanWords.Opinions(language, notice.Opinions ?? []));

        var data = new Dictionary<string, string> { [UnitKey] = version.UnitCode, [VersionKey] = version.Version.ToString(CultureInfo.InvariantCulture) };
        var actions = new List<CardAction>();
        if (notice.Kind == PlanNoticeKind.FilingCopy)
        {
            actions.Add(new ExecuteAction(CardText.Get(language, "Plans_AcknowledgeButton"), AcknowledgeVerb, data));
        }
        else if (notice.Kind == PlanNoticeKind.OfficeDecisionCopy)
        {
            body.Add(new TextBlock(CardText.Get(language, "Plans_CommentLabel")) { Separator = true });
            body.Add(new TextInput(CommentId) { IsMultiline = true, MaxLength = PlanLimits.Comment });
            actions.Add(new ExecuteAction(CardText.Get(language, "Plans_AcceptButton"), AcceptVerb, data));
            actions.Add(new ExecuteAction(CardText.Get(language, "Plans_ReviseButton"), ReviseVerb, data));
        }

        return new AdaptiveCard(body, actions);
    }
}
