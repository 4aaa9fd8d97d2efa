using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans;

/// <summary>
/// The office edits the list of plan areas (DOMAIN.md §2: "data the office can edit"): adds an area, renames one,
/// retires one (no longer offered; plans that name it still read it). Every change is stored with who and when; the
/// first change copies the seed's list, so editing one area never drops the others.
/// </summary>
public sealed class PlanAreaEditing(IPlanAreaRepository areas, TimeProvider time)
{
    /// <summary>The office's list (the seed's until first edited), retired areas included, in force first.</summary>
    public async Task<IReadOnlyList<PlanArea>> ListAsync(CancellationToken cancellationToken = default)
    {
        var saved = await areas.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. (saved.Count == 0 ? PlanAreas.Seeded : saved).OrderBy(a => a.Retired)];
    }

    public async Task<PlanAreaEdit> AddAsync(Person actor, string? chinese, string? english, CancellationToken cancellationToken = default)
    {
        var (list, refusal) = await OpenAsync(actor, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = Names(chinese, english, list, except: null);
        if (problems.Count > 0)
        {
            return new PlanAreaEdit(PlanAreaEditResult.Invalid, null, problems);
        }

        var area = new PlanArea("own-" + Guid.NewGuid().ToString("N")[..12], chinese!.Trim(), english!.Trim());
        return await SaveAsync(actor, list, area, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlanAreaEdit> RenameAsync(Person actor, string? code, string? chinese, string? english, CancellationToken cancellationToken = default)
    {
        var (list, refusal) = await OpenAsync(actor, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (list.FirstOrDefault(a => a.Code == code) is not { } area)
        {
            return new PlanAreaEdit(PlanAreaEditResult.NotFound, null, []);
        }

        // A name left empty keeps the area's current one: renaming in one language is enough.
        chinese = string.IsNullOrWhiteSpace(chinese) ? area.Chinese : chinese;
        english = string.IsNullOrWhiteSpace(english) ? area.English : english;
        var problems = Names(chinese, english, list, except: area.Code);
        return problems.Count > 0
            ? new PlanAreaEdit(PlanAreaEditResult.Invalid, area, problems)
            : await SaveAsync(actor, list, area with { Chinese = chinese.Trim(), English = english.Trim() }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlanAreaEdit> RetireAsync(Person actor, string? code, CancellationToken cancellationToken = default)
    {
        var (list, refusal) = await OpenAsync(actor, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        return list.FirstOrDefault(a => a.Code == code) switch
        {
            null => new PlanAreaEdit(PlanAreaEditResult.NotFound, null, []),
            { Retired: true } retired => new PlanAreaEdit(PlanAreaEditResult.AlreadyRetired, retired, []),
            { } area => await SaveAsync(actor, list, area with { Retired = true }, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<(IReadOnlyList<PlanArea> List, PlanAreaEdit? Refusal)> OpenAsync(Person actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return AccessPolicy.IsOffice(actor)
            ? (await ListAsync(cancellationToken).ConfigureAwait(false), null)
            : ([], new PlanAreaEdit(PlanAreaEditResult.NotAllowed, null, []));
    }

    private async Task<PlanAreaEdit> SaveAsync(Person actor, IReadOnlyList<PlanArea> list, PlanArea area, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if ((await areas.ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            // The first edit: the seed's list becomes the office's, taken over by whoever edits first.
            foreach (var seeded in list.Where(a => a.Code != area.Code))
            {
                await areas.SaveAsync(seeded, actor.Number, now, cancellationToken).ConfigureAwait(false);
            }
        }

        await areas.SaveAsync(area, actor.Number, now, cancellationToken).ConfigureAwait(false);
        return new PlanAreaEdit(PlanAreaEditResult.Done, area with { ChangedByNumber = actor.Number, ChangedAt = now }, []);
    }

    private static List<PlanAreaNameProblem> Names(string? chinese, string? english, IReadOnlyList<PlanArea> list, string? except)
    {
        var problems = new List<PlanAreaNameProblem>();
        void Check(string? name, bool inEnglish)
        {
            var kind = string.IsNullOrWhiteSpace(name) ? PlanAreaNameProblemKind.Required
                : name.Trim().Length > PlanLimits.OwnArea ? PlanAreaNameProblemKind.TooLong
                : list.Any(a => a.Code != except && !a.Retired && string.Equals(a.NameFor(inEnglish), name.Trim(), StringComparison.OrdinalIgnoreCase)) ? PlanAreaNameProblemKind.Duplicate
                : (PlanAreaNameProblemKind?)null;
            if (kind is { } k)
            {
                problems.Add(new PlanAreaNameProblem(inEnglish, k));
            }
        }

        Check(chinese, inEnglish: false);
        Check(english, inEnglish: true);
        return problems;
    }
}
