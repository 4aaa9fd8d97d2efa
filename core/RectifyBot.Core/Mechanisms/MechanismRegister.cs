using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// Each secondary committee and general branch records its five long-term mechanisms (DOMAIN.md §6): status, the rule
/// or document that establishes it and a link. The office or the unit's principal leader records
/// (<see cref="AccessPolicy.CanRecordMechanisms"/>); whoever may see the unit's status reads; the office sees every unit
/// at once. Every change is saved with who and when, beside a history row.
/// </summary>
public sealed class MechanismRegister(
    IMechanismRepository mechanisms, IRosterRepository rosters, IStageCalendarRepository calendars, IEnumerable<IMechanismChangeObserver> observers, TimeProvider time)
{
    /// <summary>
    /// The units whose mechanisms the person records: every committee and general branch for the office, else the ones
    /// they are principal leader of; in code order.
    /// </summary>
    public static IReadOnlyList<OrganisationUnit> UnitsFor(Person viewer, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Units.Where(u => AccessPolicy.CanRecordMechanisms(viewer, u.Code, roster)).OrderBy(u => u.Code, StringComparer.Ordinal)];
    }

    /// <summary>A unit's page; null when the unit is no committee or general branch, or the viewer may not see its status.</summary>
    public async Task<MechanismPage?> PageAsync(Person viewer, string? unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        return await PageAsync(viewer, unitCode, roster, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every unit's mechanisms, for the office only (null for anyone else).</summary>
    public async Task<MechanismOverview?> OverviewAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.IsOffice(viewer))
        {
            return null;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var recorded = new List<Mechanism>();
        await foreach (var mechanism in mechanisms.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            recorded.Add(mechanism);
        }

        return MechanismOverview.Of(ChinaTime.Today(time), roster, recorded);
    }

    /// <summary>Records one mechanism of a unit as typed; the checks come in the order the user can act on them.</summary>
    public async Task<(MechanismRecordOutcome Outcome, MechanismPage? Page)> RecordAsync(Person actor, MechanismInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var unitCode = input.UnitCode?.Trim();
        if (roster.Unit(unitCode) is not { IsPartyCommitteeLevel: true } unit)
        {
            return (MechanismRecordOutcome.Refused(MechanismRecordResult.UnknownUnit), null);
        }

        if (!AccessPolicy.CanRecordMechanisms(actor, unit.Code, roster))
        {
            return (MechanismRecordOutcome.Refused(MechanismRecordResult.NotAllowed), null);
        }

        var problems = Check(input, out var kind, out var status, out var document, out var link);
        if (problems.Count > 0)
        {
            return (new MechanismRecordOutcome(MechanismRecordResult.Invalid, problems, null), await PageAsync(actor, unit.Code, roster, cancellationToken).ConfigureAwait(false));
        }

        var current = (await mechanisms.LoadAsync(unit.Code, cancellationToken).ConfigureAwait(false)).For(kind);
        var mechanism = new Mechanism(unit.Code, kind, status, document, link) { ChangedByNumber = actor.Number, ChangedAt = time.GetUtcNow() };
        if (current.ChangedAt is not null && mechanism.SameContentAs(current))
        {
            return (new MechanismRecordOutcome(MechanismRecordResult.Unchanged, [], current), await PageAsync(actor, unit.Code, roster, cancellationToken).ConfigureAwait(false));
        }

        foreach (var observer in observers)
        {
            await observer.BeforeSaveAsync(mechanism, roster, cancellationToken).ConfigureAwait(false);
        }

        await mechanisms.SaveAsync(mechanism, cancellationToken).ConfigureAwait(false);
        return (new MechanismRecordOutcome(MechanismRecordResult.Saved, [], mechanism), await PageAsync(actor, unit.Code, roster, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The kind and status must be ones offered; the document is required unless not established; a link must be http(s).</summary>
    public static List<MechanismProblem> Check(MechanismInput input, out MechanismKind kind, out MechanismStatus status, out string? document, out string? link)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<MechanismProblem>();
        if (!TryParse(input.Kind, out kind))
        {
            problems.Add(new MechanismProblem(MechanismField.Kind, string.IsNullOrWhiteSpace(input.Kind) ? MechanismProblemKind.Required : MechanismProblemKind.UnknownChoice));
        }

        if (!TryParse(input.Status, out status))
        {
            problems.Add(new MechanismProblem(MechanismField.Status, string.IsNullOrWhiteSpace(input.Status) ? MechanismProblemKind.Required : MechanismProblemKind.UnknownChoice));
        }

        document = string.IsNullOrWhiteSpace(input.Document) ? null : input.Document.Trim();
        if (document is null && status != MechanismStatus.NotEstablished)
        {
            problems.Add(new MechanismProblem(MechanismField.Document, MechanismProblemKind.Required));
        }
        else if (document?.Length > MechanismLimits.Document)
        {
            problems.Add(new MechanismProblem(MechanismField.Document, MechanismProblemKind.TooLong));
        }

        link = string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim();
        if (link?.Length > MechanismLimits.Link)
        {
            problems.Add(new MechanismProblem(MechanismField.Link, MechanismProblemKind.TooLong));
        }
        else if (link is not null && !IsWebAddress(link))
        {
            problems.Add(new MechanismProblem(MechanismField.Link, MechanismProblemKind.NotAWebAddress));
        }

        return problems;
    }

    /// <summary>An absolute http:// or https:// address with a host.</summary>
    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    /// <summary>A defined member by its exact name (case ignored); numbers are not names.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }

    private async Task<MechanismPage?> PageAsync(Person viewer, string? unitCode, Roster.Roster roster, CancellationToken cancellationToken)
    {
        if (roster.Unit(unitCode?.Trim()) is not { IsPartyCommitteeLevel: true } unit || !AccessPolicy.CanSeeStatus(viewer, unit.Code, roster))
        {
            return null;
        }

        var stage = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
        var unitMechanisms = await mechanisms.LoadAsync(unit.Code, cancellationToken).ConfigureAwait(false);
        return new MechanismPage(unit, unitMechanisms, AccessPolicy.CanRecordMechanisms(viewer, unit.Code, roster), stage.For(unit.Code, roster)?.StageEnd);
    }
}
