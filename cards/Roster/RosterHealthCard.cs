using System.Globalization;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Roster;

/// <summary>
/// The office's roster-health report: each finding with its count and the first few items (units and people by
/// name with their unit), never more than <see cref="ItemsPerFinding"/> a finding, so the card stays small.
/// </summary>
public static class RosterHealthCard
{
    public const int ItemsPerFinding = 5;

    public static AdaptiveCard Build(UserLanguage language, RosterCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var roster = result.Roster;
        var report = result.Report;
        string UnitName(string? code) => roster.Unit(code)?.Name ?? code ?? Text("RosterHealth_NoUnit");
        string PersonName(string number) => roster.Person(number) is { } p
            ? Format("RosterHealth_PersonItem", p.Name, UnitName(p.PartyUnitCode ?? p.Post?.UnitCode))
            : number;
        string When(DateTimeOffset at) => ChinaTime.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        var body = new List<CardElement>
        {
            new TextBlock(Text("RosterHealth_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Format("RosterHealth_CheckedAt", When(result.CheckedAt))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        };
        if (report.IsHealthy)
        {
            body.Add(new TextBlock(Text("RosterHealth_Healthy")) { Color = TextColor.Good });
        }

        Add("RosterHealth_BranchesWithoutSecretary", report.BranchesWithoutSecretary.Select(UnitName));
        Add("RosterHealth_BranchesWithoutCommittee", report.BranchesWithoutCommittee.Select(UnitName));
        Add("RosterHealth_SeniorClassesWithoutBranch",
            report.SeniorClassesWithoutBranch.Select(c => Format("RosterHealth_SeniorClassItem", c.ClassName, c.FullMemberNumbers.Count)));
        Add("RosterHealth_RoutingFallbacks", report.RoutingFallbacks.Select(f =>
            Format("RosterHealth_RoutingFallbackItem", Format("RouteFallback_" + f.Reason, UnitName(f.UnitCode)), f.AuthorNumbers.Count)));
        Add("RosterHealth_WeakBranches", report.WeakBranches.Select(f =>
            Format("RosterHealth_WeakBranchItem", UnitName(f.UnitCode), f.Reason, roster.Person(f.FlaggedBy)?.Name ?? f.FlaggedBy, When(f.FlaggedAt))));
        Add("RosterHealth_PeopleNotReachable", report.PeopleNotReachable.Select(PersonName));
        Add("RosterHealth_TeamsUsersNotInRoster", report.TeamsUsersNotInRoster);

        return new AdaptiveCard(body,
        [
            new ExecuteAction(Text("RosterHealth_CheckAgainButton"), KnownCommands.RosterCheck.Verb),
            new ExecuteAction(Text("RosterHealth_ExportButton"), KnownCommands.RosterCheckExportVerb),
        ]);

        void Add(string headingKey, IEnumerable<string> items)
        {
            var all = items.ToList();
            if (all.Count == 0)
            {
                return;
            }

            var lines = new List<CardElement>
            {
                new TextBlock(Format(headingKey, all.Count)) { Weight = TextWeight.Bolder },
            };
            lines.AddRange(all.Take(ItemsPerFinding).Select(item => new TextBlock("• " + item) { Spacing = Spacing.Small }));
            if (all.Count > ItemsPerFinding)
            {
                lines.Add(new TextBlock(Format("RosterHealth_More", all.Count - ItemsPerFinding)) { IsSubtle = true, Spacing = Spacing.Small });
            }

            body.Add(new Container(lines) { Separator = true, Spacing = Spacing.Medium });
        }
    }
}
