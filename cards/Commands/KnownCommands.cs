using System.Text;

namespace RectifyBot.Cards.Commands;

/// <summary>The one list of text commands: the welcome card shows it and the bot matches against it.</summary>
public static class KnownCommands
{
    public static KnownCommand Help { get; } = new("help", ["帮助"], ["help"], "Command_Help_Description");

    public static KnownCommand Greeting { get; } = new("greeting", ["你好", "您好"], ["hi", "hello"], "Command_Greeting_Description");

    /// <summary>The roster template's columns and how to import a roster (for the campaign office).</summary>
    public static KnownCommand RosterTemplate { get; } = new("roster-template", ["名册模板"], ["roster template"], "Command_RosterTemplate_Description");


    public static KnownCommand MyReviewRoute { get; } = new("my-review-route", ["我的审核路径"], ["my review route"], "Command_MyReviewRoute_Description");

    public static KnownCommand StageDates { get; } = new("stage-dates", ["阶段日期"], ["stage dates"], "Command_StageDates_Description");

    public static KnownCommand RosterCheck { get; } = new("roster-check", ["名册检查"], ["roster check"], "Command_RosterCheck_Description");

    /// <summary>Takes arguments: "标记软弱涣散 &lt;单位编码&gt; &lt;原因&gt;".</summary>
    public static KnownCommand FlagWeakBranch { get; } = new("flag-weak", ["标记软弱涣散"], ["flag weak"], "Command_FlagWeakBranch_Description");

    /// <summary>Takes arguments: "指定审核人 &lt;被审核人工号&gt; &lt;审核人工号&gt; &lt;原因&gt;".</summary>
    public static KnownCommand SetReviewer { get; } = new("set-reviewer", ["指定审核人"], ["set reviewer"], "Command_SetReviewer_Description");

    public static KnownCommand NewMeasure { get; } = new("new-measure", ["新建整改措施"], ["new measure"], "Command_NewMeasure_Description");

    public static KnownCommand ContinueDraft { get; } = new("draft-continue", ["继续草稿"], ["continue draft"], "Command_ContinueDraft_Description");

    public static KnownCommand MyMeasures { get; } = new("my-measures", ["我的整改措施"], ["my measures"], "Command_MyMeasures_Description");

    /// <summary>Opens the latest returned version as the next version's draft.</summary>
    public static KnownCommand Revise { get; } = new("measure-revise", ["修改"], ["revise"], "Command_Revise_Description");

    public static KnownCommand MyReviews { get; } = new("my-reviews", ["待我审核"], ["my reviews"], "Command_MyReviews_Description");

    /// <summary>What the supervision digests reminded the person of and is still open (the digest's "see all").</summary>
    public static KnownCommand MyReminders { get; } = new("my-reminders", ["督办提醒", "我的督办"], ["my reminders"], "Command_MyReminders_Description");

    /// <summary>A unit's own plan, its child units' plans and the coordination queue (issue 8).</summary>
    public static KnownCommand UnitPlans { get; } = new("unit-plans", ["我的单位方案"], ["unit plans"], "Command_UnitPlans_Description");

    /// <summary>The people proactive messages cannot reach (403/404), for the campaign office.</summary>
    public static KnownCommand Unreachable { get; } = new("unreachable", ["无法送达"], ["unreachable"], "Command_Unreachable_Description");

    public static KnownCommand Ledger { get; } = new("ledger", ["台帐", "台账", "整改台帐"], ["ledger"], "Command_Ledger_Description");

    public static KnownCommand Overdue { get; } = new("overdue", ["逾期"], ["overdue"], "Command_Overdue_Description");

    /// <summary>Drafts the unit's rectification plan (issue 8); the office (or a leader of several units) adds the unit's code.</summary>
    public static KnownCommand NewPlan { get; } = new("plan-new", ["新建整改方案"], ["new plan"], "Command_NewPlan_Description");

    public static KnownCommand ContinuePlanDraft { get; } = new("plan-draft-continue", ["继续方案草稿"], ["continue plan draft"], "Command_ContinuePlanDraft_Description");

    /// <summary>The office's list of plan areas: add, rename, retire.</summary>
    public static KnownCommand PlanAreas { get; } = new("plan-areas", ["整改领域"], ["plan areas"], "Command_PlanAreas_Description");
    /// <summary>A unit's satisfaction survey (issue 6): the form that samples and sends it.</summary>
    public static KnownCommand NewSurvey { get; } = new("new-survey", ["新建测评", "新建满意度测评"], ["new survey"], "Command_NewSurvey_Description");

    /// <summary>The surveys the person organises, each with a way back to its progress card.</summary>
    public static KnownCommand MySurveys { get; } = new("my-surveys", ["我的测评"], ["my surveys"], "Command_MySurveys_Description");

    /// <summary>The card button (verb) that sends the ledger view as 整改台帐.xlsx with a file consent card.</summary>
    public const string LedgerExportVerb = "ledger-export";

    /// <summary>The card button (verb) that sends the roster check as 名册检查.xlsx with a file consent card.</summary>
    public const string RosterCheckExportVerb = "roster-check-export";

    /// <summary>A survey's results for the office, the unit's leaders and its organisers; "测评结果 &lt;survey id&gt;" picks one.</summary>
    public static KnownCommand SurveyResults { get; } = new("survey-results", ["测评结果", "满意度测评结果"], ["survey results"], "Command_SurveyResults_Description");

    /// <summary>The unit's anonymous suggestion box (意见箱), open at any time.</summary>
    public static KnownCommand SuggestionBox { get; } = new("suggestion-box", ["意见箱"], ["suggestion box"], "Command_SuggestionBox_Description");

    /// <summary>The printable sheet of one-time links with QR codes: "测评链接 &lt;survey id&gt;".</summary>
    public static KnownCommand SurveyLinkSheet { get; } = new("survey-links", ["测评链接", "打印测评链接"], ["survey links"], "Command_SurveyLinkSheet_Description");

    /// <summary>Paper ballots and interview notes: "录入纸质票 &lt;survey id&gt;".</summary>
    public static KnownCommand PaperBallots { get; } = new("paper-ballots", ["录入纸质票", "纸质票"], ["paper ballots"], "Command_PaperBallots_Description");

    /// <summary>The results card's button that sends the results as Excel (with a chart) through a file consent card.</summary>
    public const string SurveyExportVerb = "survey-export";

    /// <summary>The results card's button that publishes the results to the surveyed scope ("发布结果").</summary>
    public const string SurveyPublishVerb = "survey-publish";

    /// <summary>The suggestion box card's send button.</summary>
    public const string SuggestionBoxSendVerb = "suggestion-box-send";

    /// <summary>The paper-ballot form's send button.</summary>
    public const string PaperBallotsEnterVerb = "paper-ballots-enter";

    /// <summary>A unit's five long-term mechanisms (issue 9); the office sees every unit; "长效机制 &lt;单位编码&gt;" opens one unit.</summary>
    public static KnownCommand Mechanisms { get; } = new("mechanisms", ["长效机制"], ["mechanisms"], "Command_Mechanisms_Description");

    /// <summary>Open branch-building items (issue 9); the office records a weak branch as reorganised.</summary>
    public static KnownCommand BranchBuilding { get; } = new("branch-building", ["支部建设"], ["branch building"], "Command_BranchBuilding_Description");

    /// <summary>A branch's best Party-day activities (最佳党日活动): record and list.</summary>
    public static KnownCommand PartyDay { get; } = new("party-day", ["最佳党日活动", "党日活动"], ["party day"], "Command_PartyDay_Description");

    /// <summary>A unit's meeting (issue 8): "记录会议 [单位编码]" opens the form.</summary>
    public static KnownCommand RecordMeeting { get; } = new("meeting-record-form", ["记录会议"], ["record meeting"], "Command_RecordMeeting_Description");

    /// <summary>A school leader's guidance visit to a unit: "记录指导 [单位编码]" opens the form.</summary>
    public static KnownCommand RecordVisit { get; } = new("visit-record-form", ["记录指导"], ["record visit", "record guidance visit"], "Command_RecordVisit_Description");

    /// <summary>A unit's meetings and guidance visits: "会议 [单位编码]".</summary>
    public static KnownCommand Meetings { get; } = new("meetings", ["会议记录", "会议"], ["meetings"], "Command_Meetings_Description");

    /// <summary>A unit's summary report (issue 9): its draft as Word and how to submit it; for the office, who has submitted.</summary>
    public static KnownCommand SummaryReport { get; } = new("summary-report", ["总结报告"], ["summary report", "summary reports"], "Command_SummaryReport_Description");


    /// <summary>
    /// What follows the command's words in the text ("标记软弱涣散 HP-WX-G 原因" → "HP-WX-G 原因"), normalized (full-width
    /// letters, digits and spaces folded); null if the text does not start with one of its words.
    /// </summary>
    public static string? ArgumentsOf(KnownCommand command, string? text)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        foreach (var word in command.ChineseWords.Concat(command.EnglishWords))
        {
            if (normalized.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (normalized.Length == word.Length || char.IsWhiteSpace(normalized[word.Length]) || !char.IsAsciiLetter(word[^1])))
            {
                return normalized[word.Length..].Trim();
            }
        }

        return null;
    }

    // Phones add trailing punctuation ("帮助！", "hi!") and IMEs produce full-width letters ("ｈｅｌｐ").
    private static readonly char[] TrailingPunctuation = ['!', '?', '.', '。', '~', '…', ' '];

    /// <summary>The command the whole text asks for, in either language; null if it is none of them.</summary>
    public static KnownCommand? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd(TrailingPunctuation);
        return All.FirstOrDefault(c =>
            c.ChineseWords.Concat(c.EnglishWords).Any(w => string.Equals(w, normalized, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>In the order the welcome card lists them.</summary>
    public static IReadOnlyList<KnownCommand> All { get; } = [Help, Greeting, NewMeasure, ContinueDraft, MyMeasures, Revise, MyReviews, MyReminders, UnitPlans, MyReviewRoute, StageDates, RosterCheck, RosterTemplate, FlagWeakBranch, SetReviewer, Ledger, Overdue, Unreachable, NewPlan, ContinuePlanDraft, PlanAreas, NewSurvey, MySurveys, SurveyResults, SuggestionBox, SurveyLinkSheet, PaperBallots, Mechanisms, BranchBuilding, PartyDay, RecordMeeting, RecordVisit, Meetings, SummaryReport];
}
