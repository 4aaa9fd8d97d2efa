using System.Globalization;
using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.BranchBuilding;

/// <summary>
/// Branch building (DOMAIN.md §6) in chat: the open items each viewer may see, the office's record that a weak branch
/// was reorganised, and the branches' best Party-day activities. Who may do what: <see cref="AccessPolicy"/>.
/// </summary>
public sealed class BranchBuildingDesk(IRosterRepository rosters, IWeakBranchFlags flags, IBranchBuildingRepository repository, TimeProvider time)
{
    public async Task<BranchBuildingPage> ItemsAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var items = await OpenItemsAsync(roster, cancellationToken).ConfigureAwait(false);
        var visible = items.Where(i => AccessPolicy.CanSeeStatus(viewer, i.CommitteeCode, roster)
            || (i.Kind != BranchFindingKind.ClassWithoutBranch && AccessPolicy.CanSeeStatus(viewer, i.Subject, roster))).ToList();
        return new BranchBuildingPage(roster, visible, AccessPolicy.IsOffice(viewer), ChinaTime.Today(time));
    }

    /// <summary>Every open item (the supervision source reads them too).</summary>
    public async Task<IReadOnlyList<BranchBuildingItem>> OpenItemsAsync(Roster.Roster roster, CancellationToken cancellationToken = default)
    {
        var flagged = await flags.ListAsync(cancellationToken).ConfigureAwait(false);
        var resolutions = await repository.ListResolutionsAsync(cancellationToken).ConfigureAwait(false);
        return BranchBuildingItems.Of(roster, flagged, resolutions);
    }

    /// <summary>The office records that a flagged branch was reorganised (整顿完成), with a note; the item closes.</summary>
    public async Task<BranchBuildingOutcome> ResolveWeakAsync(Person actor, string? branchCode, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AccessPolicy.CanManageRoster(actor))
        {
            return BranchBuildingOutcome.Of(BranchBuildingResult.NotAllowed);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var items = await OpenItemsAsync(roster, cancellationToken).ConfigureAwait(false);
        if (!items.Any(i => i.Kind == BranchFindingKind.Weak && i.Subject == branchCode?.Trim()))
        {
            return BranchBuildingOutcome.Of(BranchBuildingResult.UnknownBranch);
        }

        var text = note?.Trim() ?? "";
        if (text.Length == 0 || text.Length > BranchBuildingLimits.ResolutionNote)
        {
            return new BranchBuildingOutcome(BranchBuildingResult.Invalid, [(BranchBuildingField.Note, text.Length == 0 ? "Required" : "TooLong")]);
        }

        await repository.SaveResolutionAsync(new WeakBranchResolution(branchCode!.Trim(), text, actor.Number, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return BranchBuildingOutcome.Of(BranchBuildingResult.Done);
    }

    /// <summary>The branches the viewer records for, and their activities.</summary>
    public async Task<PartyDayPage> PartyDaysAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var branches = roster.Units.Where(u => AccessPolicy.CanRecordPartyDay(viewer, u.Code, roster)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var activities = new List<PartyDayActivity>();
        foreach (var branch in branches)
        {
            activities.AddRange(await repository.ListActivitiesAsync(branch.Code, cancellationToken).ConfigureAwait(false));
        }

        return new PartyDayPage(roster, branches, [.. activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.RecordedAt)]);
    }

    public async Task<BranchBuildingOutcome> RecordPartyDayAsync(Person actor, PartyDayInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var code = input.BranchCode?.Trim();
        if (roster.Unit(code) is not { Kind: UnitKind.Branch } branch)
        {
            return string.IsNullOrEmpty(code)
                ? new BranchBuildingOutcome(BranchBuildingResult.Invalid, [(BranchBuildingField.Branch, "Required")])
                : BranchBuildingOutcome.Of(BranchBuildingResult.UnknownBranch);
        }

        if (!AccessPolicy.CanRecordPartyDay(actor, branch.Code, roster))
        {
            return BranchBuildingOutcome.Of(BranchBuildingResult.NotAllowed);
        }

        var problems = new List<(BranchBuildingField, string)>();
        var title = input.Title?.Trim() ?? "";
        var description = input.Description?.Trim() ?? "";
        if (title.Length == 0 || title.Length > BranchBuildingLimits.ActivityTitle)
        {
            problems.Add((BranchBuildingField.Title, title.Length == 0 ? "Required" : "TooLong"));
        }

        if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add((BranchBuildingField.Date, string.IsNullOrWhiteSpace(input.Date) ? "Required" : "NotADate"));
        }
        else if (date > ChinaTime.Today(time))
        {
            problems.Add((BranchBuildingField.Date, "InTheFuture"));
        }

        if (description.Length == 0 || description.Length > BranchBuildingLimits.ActivityDescription)
        {
            problems.Add((BranchBuildingField.Description, description.Length == 0 ? "Required" : "TooLong"));
        }

        if (problems.Count > 0)
        {
            return new BranchBuildingOutcome(BranchBuildingResult.Invalid, problems);
        }

        await repository.AddActivityAsync(new PartyDayActivity(branch.Code, title, date, description, actor.Number, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return BranchBuildingOutcome.Of(BranchBuildingResult.Done);
    }
}
