using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Sources;
using RectifyBot.Teams.Supervision;

namespace RectifyBot.Teams.Tests.Supervision;

/// <summary>A digest line reads in the reader's language where the source gives an English title (a mechanism's name); the unit's name stays as the roster has it.</summary>
public sealed class DigestLineTests
{
    [Fact]
    public void A_missing_mechanism_reads_in_English_for_an_English_reader_and_in_Chinese_otherwise()
    {
        var roster = new Core.Roster.Roster(
            [new OrganisationUnit("U", "某大学党委", UnitKind.UniversityCommittee, null), new OrganisationUnit("JSJ", "计算机学院党委", UnitKind.SecondaryCommittee, "U")],
            [new Person { Number = "1001", Name = "陈院长", Positions = [new PositionHolding(Position.PrincipalLeader, "JSJ")] }]);
        var calendars = new StageCalendars(new StageCalendarEntry(null, new StageCalendar(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 1)), "9001", DateTimeOffset.UnixEpoch), []);
        var obligation = MissingMechanismsSource.ObligationOf(Mechanism.NotRecorded("JSJ", MechanismKind.PartyLife), roster, calendars)!;
        var item = new ReminderItem(obligation, new Occasion(new DateOnly(2026, 12, 24), ReminderKind.DueSoon), "1001");

        Assert.Equal("计算机学院党委 · Party-life mechanism", SupervisionCards.LineOf(item, roster, UserLanguage.En).Title);
        Assert.Equal("计算机学院党委 · 党内生活机制", SupervisionCards.LineOf(item, roster).Title);
        Assert.Equal((new DateOnly(2026, 12, 31), (string?)null), (obligation.DueDate, SupervisionCards.LineOf(item, roster).OwnerName));
    }
}
