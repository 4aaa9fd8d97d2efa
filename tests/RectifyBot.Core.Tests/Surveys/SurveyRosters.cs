using System.Globalization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Tests.Roster;

namespace RectifyBot.Core.Tests.Surveys;

/// <summary>
/// 计算机学院党委 (JSJ) with a known mix of people: 40 serving members, 30 grassroots staff and students, 6 democratic-party
/// members, 8 retired staff (3 of them Party members), half of everyone bound to Teams; plus its two leaders and
/// 10 people of another committee who must never be drawn.
/// </summary>
internal static class SurveyRosters
{
    public static Person 陈院长 { get; } = TestRosters.Person("L001", "陈院长", "JSJ-1", TestRosters.Holding(Position.PrincipalLeader, "JSJ"));

    public static Person 刘副院长 { get; } = TestRosters.Person("L002", "刘副院长", "JSJ-1", TestRosters.Holding(Position.LeadershipTeamMember, "JSJ"));

    public static Person 办公室 { get; } = TestRosters.Person("O001", "先进办", "JG-1", TestRosters.Holding(Position.OfficeStaff));

    public static Person 孙支书 { get; } = TestRosters.Person("L003", "孙支书", "JSJ-1", TestRosters.Holding(Position.BranchSecretary, "JSJ-1"));

    public static Core.Roster.Roster Computing()
    {
        var people = new List<Person> { 陈院长, 刘副院长, 办公室, 孙支书 };
        people.AddRange(Many("M", 40, i => Bound(Member("M", i, i % 2 == 0 ? "JSJ-1" : "JSJ-2"), i)));
        people.AddRange(Many("G", 30, i => Bound(Masses("G", i), i)));
        people.AddRange(Many("D", 6, i => Bound(Masses("D", i) with { DemocraticParty = "九三学社" }, i)));
        people.AddRange(Many("R", 8, i => Bound((i < 3 ? Member("R", i, "JSJ-1") : Masses("R", i)) with { Retired = true }, i)));
        people.AddRange(Many("X", 10, i => Member("X", i, "WY-1")));
        return TestRosters.With([.. people]);
    }

    private static IEnumerable<Person> Many(string prefix, int count, Func<int, Person> make) => Enumerable.Range(0, count).Select(make);

    private static Person Member(string prefix, int i, string branch) => TestRosters.Person(Number(prefix, i), prefix + "党员" + i, branch);

    /// <summary>Not a Party member: reached through the administrative post's unit (a department of JSJ would do; here the committee itself).</summary>
    private static Person Masses(string prefix, int i) => new()
    {
        Number = Number(prefix, i),
        Name = prefix + "群众" + i,
        PartyStatus = PartyStatus.None,
        Post = new AdministrativePost("JSJ", PostRank.Deputy),
    };

    private static Person Bound(Person person, int i) => i % 2 == 0 ? person with { AadObjectId = "aad-" + person.Number } : person;

    private static string Number(string prefix, int i) => prefix + i.ToString("D4", CultureInfo.InvariantCulture);
}
