using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.SummaryReports;

/// <summary>
/// A unit's final summary report, sent back through the bot after editing the draft: only its leaders or the office
/// submit it, only a Word document (.docx, a zip package) of at most <see cref="MaxBytes"/>; every submission is stored
/// with who and when, the latest counts. The office sees which reporting units have submitted.
/// </summary>
public sealed class SummaryReportSubmitting(ISummaryReportStore store, IRosterRepository rosters, TimeProvider time)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The units the person may submit for without naming one: the reporting units they lead.</summary>
    public static IReadOnlyList<OrganisationUnit> UnitsOf(Person person, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Units.Where(u => u.IsPartyCommitteeLevel && AccessPolicy.IsUnitLeader(person, u.Code, roster)).OrderBy(u => u.Code, StringComparer.Ordinal)];
    }

    public static bool CanAct(Person person, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return SummaryReportDrafting.Writes(roster.Unit(unitCode)) && AccessPolicy.CanActOnPlan(person, unitCode, roster);
    }

    public async Task<(SummaryReportSubmitResult Result, SummaryReportSubmission? Submission)> SubmitAsync(
        Person actor, string unitCode, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!SummaryReportDrafting.Writes(roster.Unit(unitCode)))
        {
            return (SummaryReportSubmitResult.NotAReportingUnit, null);
        }

        if (!AccessPolicy.CanActOnPlan(actor, unitCode, roster))
        {
            return (SummaryReportSubmitResult.Refused, null);
        }

        if (content.LongLength > MaxBytes)
        {
            return (SummaryReportSubmitResult.TooLarge, null);
        }

        if (!IsWordDocument(fileName, content))
        {
            return (SummaryReportSubmitResult.NotAWordDocument, null);
        }

        var submission = new SummaryReportSubmission(unitCode, Path.GetFileName(fileName), content.LongLength, actor.Number, time.GetUtcNow());
        await store.SaveAsync(submission, content, cancellationToken).ConfigureAwait(false);
        return (SummaryReportSubmitResult.Submitted, submission);
    }

    /// <summary>Every reporting unit with its latest submission, the ones not submitted first; null when the viewer is not the office.</summary>
    public async Task<IReadOnlyList<SummaryReportStatus>?> StatusAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.IsOffice(viewer))
        {
            return null;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var submitted = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.UnitCode, StringComparer.Ordinal);
        return [.. roster.Units.Where(u => u.IsPartyCommitteeLevel)
            .Select(u => new SummaryReportStatus(u, submitted.GetValueOrDefault(u.Code)))
            .OrderBy(s => s.Submission is not null)
            .ThenBy(s => s.Unit.Code, StringComparer.Ordinal)];
    }

    public Task<SummaryReportSubmission?> FindAsync(string unitCode, CancellationToken cancellationToken = default) => store.FindAsync(unitCode, cancellationToken);

    /// <summary>A .docx: the name says so and the bytes are a zip package ("PK\x03\x04").</summary>
    public static bool IsWordDocument(string? fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return string.Equals(Path.GetExtension(fileName), ".docx", StringComparison.OrdinalIgnoreCase)
            && content.Length > 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04;
    }
}
