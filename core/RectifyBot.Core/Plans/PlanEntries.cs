using System.Globalization;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Plans;

/// <summary>
/// An accepted plan's items as ledger entries (DOMAIN.md §3–4): the owner is the responsible person, the plan's author
/// is who escalation reaches (with the unit's principal leader, found from <see cref="LedgerEntry.UnitCode"/>).
/// </summary>
public static class PlanEntries
{
    public static string EntryId(string unitCode, int version, int item) =>
        string.Create(CultureInfo.InvariantCulture, $"plan|{unitCode}|v{version}|i{item}");

    public static IReadOnlyList<LedgerEntry> For(PlanVersion version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(version);
        return [.. version.Items.Select((item, i) => new LedgerEntry
        {
            Id = EntryId(version.UnitCode, version.Version, i),
            Source = LedgerSource.PlanItem,
            OwnerNumber = item.ResponsiblePersonNumber,
            UnitCode = version.UnitCode,
            ResponsibleDepartmentCode = item.ResponsibleUnitCode,
            ResponsiblePersonNumber = item.ResponsiblePersonNumber,
            ApprovedByNumber = version.AuthorNumber,
            Deadline = item.Deadline,
            Handling = item.Handling == PlanHandling.StepByStep ? HandlingKind.CannotFixYet : HandlingKind.FixNow,
            Area = ProblemArea.Work,
            PlanArea = item.AreaCode ?? item.OwnArea,
            Problem = item.Problem,
            Measures = "",
            Explanation = item.Explanation,
            Milestones = item.Milestones,
            CreatedAt = now,
        })];
    }

    /// <summary>The 上级协调 items, each a row in the parent's queue (none when the unit has no parent).</summary>
    public static IReadOnlyList<PlanCoordination> Coordinations(PlanVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.ParentUnitCode is not { } parent)
        {
            return [];
        }

        return [.. version.Items
            .Select((item, i) => (item, i))
            .Where(x => x.item.Handling == PlanHandling.UpperCoordination)
            .Select(x => new PlanCoordination
            {
                UnitCode = version.UnitCode,
                Version = version.Version,
                Item = x.i,
                ParentUnitCode = parent,
                Problem = x.item.Problem,
                Deadline = x.item.Deadline,
            })];
    }
}
