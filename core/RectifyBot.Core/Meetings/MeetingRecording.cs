using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Meetings;

/// <summary>
/// Records a unit's meetings and the school leaders' guidance visits (issue 8), and lists them for whoever may see the
/// unit's status. Who recorded and when are kept on the record; the form's id makes a second send of the same form a
/// no-op.
/// </summary>
public sealed class MeetingRecording(IMeetingRepository meetings, IRosterRepository rosters, TimeProvider time)
{
    public Task<Roster.Roster> RosterAsync(CancellationToken cancellationToken = default) => rosters.LoadCurrentAsync(cancellationToken);

    public async Task<MeetingRecordOutcome> RecordAsync(Person actor, string unitCode, MeetingInput input, string formId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is null)
        {
            return MeetingRecordOutcome.Of(MeetingRecordResult.UnknownUnit);
        }

        var visit = string.Equals(input.Kind?.Trim(), nameof(MeetingKind.GuidanceVisit), StringComparison.Ordinal);
        if (!AccessPolicy.CanRecordMeeting(actor, unitCode, visit, roster))
        {
            return MeetingRecordOutcome.Of(MeetingRecordResult.Refused);
        }

        var now = time.GetUtcNow();
        var (meeting, problems) = MeetingCheck.Read(input, unitCode, roster, ChinaTime.DateOf(now), formId, actor.Number, now);
        if (meeting is null)
        {
            return new MeetingRecordOutcome(MeetingRecordResult.Invalid, null, problems);
        }

        return await meetings.AddAsync(meeting, cancellationToken).ConfigureAwait(false)
            ? new MeetingRecordOutcome(MeetingRecordResult.Recorded, meeting, [])
            : new MeetingRecordOutcome(MeetingRecordResult.AlreadyRecorded, meeting, []);
    }

    /// <summary>The unit's meetings and visits, newest first; null when the viewer may not see the unit's status.</summary>
    public async Task<IReadOnlyList<Meeting>?> ListAsync(Person viewer, string unitCode, Roster.Roster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.Unit(unitCode) is null || !AccessPolicy.CanSeeStatus(viewer, unitCode, roster))
        {
            return null;
        }

        var list = await meetings.ListAsync(unitCode, cancellationToken).ConfigureAwait(false);
        return [.. list.OrderByDescending(m => m.Date).ThenByDescending(m => m.RecordedAt)];
    }
}
