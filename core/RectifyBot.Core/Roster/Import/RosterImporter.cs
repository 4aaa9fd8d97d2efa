namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// The roster import use case, the same for the bot and the admin HTTP function: only the office may import;
/// the whole file is checked first (every problem collected), then the roster it would produce; only when all is
/// valid is it saved as a new version (switched to at the end), recording the operator and the time.
/// </summary>
public sealed class RosterImporter(
    IRosterRepository repository, TimeProvider time, RosterImportOptions? options = null, IEnumerable<IRosterSwitchFollowUp>? followUps = null)
{
    private readonly RosterImportOptions _options = options ?? RosterImportOptions.Default;

    /// <param name="sheets">The file's sheets, as read by the Documents table reader.</param>
    /// <param name="fullReplacement">True: everyone missing from the file is deactivated; false: only the units in the file are replaced.</param>
    /// <param name="operatorPerson">The roster person importing (a function key alone says nothing about who).</param>
    /// <param name="cancellationToken">Stops the import before the switch; the old version stays in force.</param>
    public async Task<RosterImportOutcome> ImportAsync(
        IReadOnlyList<TabularSheet> sheets, bool fullReplacement, Person operatorPerson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(operatorPerson);
        if (!Access.AccessPolicy.CanImportRoster(operatorPerson))
        {
            return new RosterImportOutcome.NotAllowed();
        }

        var current = await repository.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var parsed = RosterImportParser.Parse(sheets, _options, current);
        if (parsed.Roster is not { } incoming)
        {
            return new RosterImportOutcome.Invalid(parsed.Errors);
        }

        var now = time.GetUtcNow();
        var plan = RosterImportPlan.Create(current, incoming, fullReplacement, operatorPerson.Number, now);
        var problems = RosterValidation.Validate(plan.Roster);
        if (problems.Count > 0)
        {
            return new RosterImportOutcome.Invalid(problems.Select(RosterProblemErrors.ToError).ToList());
        }

        try
        {
            var version = await repository.SaveNewVersionAsync(plan.Roster, plan.OperatorNumber, Summary(plan), now, cancellationToken).ConfigureAwait(false);
            foreach (var followUp in followUps ?? [])
            {
                await followUp.AfterSwitchAsync(operatorPerson, CancellationToken.None).ConfigureAwait(false);
            }

            return new RosterImportOutcome.Imported(plan.Report, version);
        }
        catch (RosterVersionConflictException)
        {
            return new RosterImportOutcome.Conflict();
        }
    }

    /// <summary>The version's summary, code-like and free of names: counts only.</summary>
    public static string Summary(RosterImportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var report = plan.Report;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(plan.FullReplacement ? "full replacement" : "import")}: added {report.AddedPeople.Count}, changed {report.ChangedPeople.Count}, deactivated {report.DeactivatedPeople.Count}; units added {report.AddedUnits.Count}, changed {report.ChangedUnits.Count}");
    }
}
