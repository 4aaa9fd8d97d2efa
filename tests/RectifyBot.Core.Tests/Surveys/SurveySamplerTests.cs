using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class SurveySamplerTests
{
    private static readonly CategoryQuota[] Quotas =
    [
        new(ParticipantCategory.PartyMember, 10),
        new(ParticipantCategory.GrassrootsMasses, 10),
        new(ParticipantCategory.DemocraticPartyMember, 4),
        new(ParticipantCategory.RetiredStaff, 5),
    ];

    [Fact]
    public void The_same_seed_draws_the_same_people_in_the_same_order()
    {
        var roster = SurveyRosters.Computing();

        var first = SurveySampler.Sample(roster, "JSJ", Quotas, seed: 42);
        var again = SurveySampler.Sample(roster, "JSJ", Quotas, seed: 42);

        Assert.Equal(first.Participants, again.Participants);
    }

    [Fact]
    public void The_sample_does_not_depend_on_the_order_people_were_imported_in()
    {
        var roster = SurveyRosters.Computing();
        var reversed = new Core.Roster.Roster(roster.Units, roster.People.Reverse());

        Assert.Equal(SurveySampler.Sample(roster, "JSJ", Quotas, 7).Participants, SurveySampler.Sample(reversed, "JSJ", Quotas, 7).Participants);
    }

    [Fact]
    public void Another_seed_draws_other_people()
    {
        var roster = SurveyRosters.Computing();

        var a = SurveySampler.Sample(roster, "JSJ", Quotas, 1).Participants.Select(p => p.Number);
        var b = SurveySampler.Sample(roster, "JSJ", Quotas, 2).Participants.Select(p => p.Number);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Each_category_gets_its_quota_from_people_who_belong_to_it()
    {
        var roster = SurveyRosters.Computing();

        var sample = SurveySampler.Sample(roster, "JSJ", Quotas, 99);

        foreach (var quota in Quotas)
        {
            var drawn = sample.Participants.Where(p => p.Category == quota.Category).ToList();
            Assert.Equal(quota.Count, drawn.Count);
            Assert.All(drawn, p => Assert.True(SurveySampler.BelongsTo(roster.Person(p.Number)!, quota.Category)));
        }

        Assert.Empty(sample.Shortfalls);
    }

    [Fact]
    public void Nobody_is_asked_twice_even_when_they_fit_two_categories()
    {
        // Retired Party members fit both RetiredStaff and PartyMember; ask for everyone of both.
        var roster = SurveyRosters.Computing();

        var sample = SurveySampler.Sample(roster, "JSJ", [new(ParticipantCategory.RetiredStaff, 100), new(ParticipantCategory.PartyMember, 100)], 5);

        Assert.Equal(sample.Participants.Count, sample.Participants.Select(p => p.Number).Distinct().Count());
        Assert.Equal(8, sample.Participants.Count(p => p.Category == ParticipantCategory.RetiredStaff));
        Assert.Equal(41, sample.Participants.Count(p => p.Category == ParticipantCategory.PartyMember)); // 40 + the branch secretary
    }

    [Fact]
    public void A_quota_larger_than_the_category_reports_the_shortfall()
    {
        var sample = SurveySampler.Sample(SurveyRosters.Computing(), "JSJ", [new(ParticipantCategory.DemocraticPartyMember, 10)], 3);

        Assert.Equal(6, sample.Participants.Count);
        Assert.Equal(4, sample.Shortfalls[ParticipantCategory.DemocraticPartyMember]);
    }

    [Fact]
    public void The_units_leaders_and_people_outside_the_unit_are_never_drawn()
    {
        var sample = SurveySampler.Sample(SurveyRosters.Computing(), "JSJ", [new(ParticipantCategory.PartyMember, 1000)], 11);

        Assert.DoesNotContain(sample.Participants, p => p.Number is "L001" or "L002" || p.Number.StartsWith('X'));
        Assert.Contains(sample.Participants, p => p.Number == "L003");
    }

    [Fact]
    public void People_without_Teams_are_reached_by_link_and_the_others_by_Teams()
    {
        var roster = SurveyRosters.Computing();

        var sample = SurveySampler.Sample(roster, "JSJ", Quotas, 13);

        Assert.All(sample.Participants, p =>
            Assert.Equal(roster.Person(p.Number)!.AadObjectId is null ? ReplyChannel.Link : ReplyChannel.Teams, p.Channel));
    }

    [Fact]
    public void Every_member_is_equally_likely_to_be_drawn_over_many_seeds()
    {
        var roster = SurveyRosters.Computing();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var seed = 0; seed < 2000; seed++)
        {
            foreach (var p in SurveySampler.Sample(roster, "JSJ", [new(ParticipantCategory.PartyMember, 10)], seed).Participants)
            {
                counts[p.Number] = counts.GetValueOrDefault(p.Number) + 1;
            }
        }

        // 41 eligible (40 + the branch secretary), 10 drawn per seed: about 488 each; ±25% catches a skewed shuffle.
        Assert.Equal(41, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 366, 610));
    }
}
