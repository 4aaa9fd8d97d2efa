using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class SurveyCreationTests
{
    private readonly InMemorySurveys _store = new();
    private readonly SurveyCreation _creation;

    public SurveyCreationTests() => _creation = new SurveyCreation(_store, new FakeTimeProvider(SurveyTestData.Now));

    private static SurveyRequest Request(params CategoryQuota[] quotas) =>
        new("JSJ", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7), quotas, ["对班子作风是否满意"]);

    [Fact]
    public async Task The_units_leader_creates_a_survey_whose_stored_seed_redraws_the_same_sample()
    {
        var roster = SurveyRosters.Computing();

        var created = await _creation.CreateAsync(roster, SurveyRosters.陈院长, Request(new(ParticipantCategory.PartyMember, 10), new(ParticipantCategory.RetiredStaff, 4)));

        Assert.Null(created.Problem);
        var stored = (await _store.FindAsync(created.Survey!.Id))!;
        var redrawn = SurveySampler.Sample(roster, "JSJ", stored.Quotas, stored.Seed);
        Assert.Equal(created.Participants, redrawn.Participants);
        Assert.Equal(10, stored.AskedCounts[ParticipantCategory.PartyMember]);
        Assert.Equal(4, stored.AskedCounts[ParticipantCategory.RetiredStaff]);
        Assert.Equal("q1", Assert.Single(stored.ExtraQuestions).Id);
    }

    [Fact]
    public async Task The_window_is_kept_in_UTC_from_the_CST_dates()
    {
        var created = await _creation.CreateAsync(SurveyRosters.Computing(), SurveyRosters.陈院长, Request(new CategoryQuota(ParticipantCategory.PartyMember, 1)));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), created.Survey!.Window.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero), created.Survey.Window.ClosesAt);
        Assert.Equal(new DateOnly(2026, 12, 7), created.Survey.Window.LastChinaDay);
    }

    [Fact]
    public async Task People_without_Teams_and_service_recipients_get_one_time_links()
    {
        var created = await _creation.CreateAsync(SurveyRosters.Computing(), SurveyRosters.办公室,
            Request(new(ParticipantCategory.PartyMember, 10), new(ParticipantCategory.ServiceRecipient, 6)));

        var linked = created.Participants.Where(p => p.Channel == ReplyChannel.Link).Select(p => p.Number).Order().ToList();
        Assert.Equal(linked, created.Tokens.Where(t => t.Number is not null).Select(t => t.Number!).Order().ToList());
        Assert.Equal(6, created.Tokens.Count(t => t is { Number: null, Category: ParticipantCategory.ServiceRecipient }));
        Assert.Equal(created.Tokens.Count, created.Tokens.Select(t => t.Token).Distinct().Count());
        Assert.All(created.Tokens, t => Assert.True(SurveyToken.LooksValid(t.Token)));
        Assert.Equal(6, created.Survey!.AskedCounts[ParticipantCategory.ServiceRecipient]);
    }

    [Fact]
    public async Task Sampled_people_with_Teams_whom_the_bot_cannot_message_get_one_time_links_like_people_without_Teams()
    {
        var roster = SurveyRosters.Computing();
        IReadOnlyList<string> asked = [];

        // A quota above the unit's Party members samples all of them: every bound member is asked, whatever the seed.
        var created = await _creation.CreateAsync(roster, SurveyRosters.陈院长, Request(new CategoryQuota(ParticipantCategory.PartyMember, 1000)),
            (people, _) =>
            {
                asked = [.. people.Select(p => p.Number)];
                return Task.FromResult<IReadOnlySet<string>>(people.Take(3).Select(p => p.Number).ToHashSet());
            },
            CancellationToken.None);

        Assert.True(asked.Count > 3, "the sample holds people with Teams");
        Assert.All(asked, n => Assert.NotNull(roster.Person(n)!.AadObjectId));
        var inTeams = created.Participants.Where(p => p.Channel == ReplyChannel.Teams).Select(p => p.Number).Order().ToList();
        Assert.Equal(asked.Take(3).Order(), inTeams);
        var linked = created.Participants.Where(p => p.Channel == ReplyChannel.Link).Select(p => p.Number).Order().ToList();
        Assert.Equal(created.Participants.Count - inTeams.Count, linked.Count);
        Assert.Equal(linked, created.Tokens.Select(t => t.Number!).Order().ToList());
        var stored = await _store.ParticipantsAsync(created.Survey!.Id);
        Assert.Equal(inTeams, stored.Where(p => p.Channel == ReplyChannel.Teams).Select(p => p.Number).Order().ToList());
    }

    [Fact]
    public async Task A_member_who_does_not_lead_the_unit_cannot_create_its_survey()
    {
        var member = SurveyRosters.Computing().Person("M0001")!;

        Assert.Equal(SurveyRequestProblem.NotAllowed, (await _creation.CreateAsync(SurveyRosters.Computing(), member, Request(new CategoryQuota(ParticipantCategory.PartyMember, 1)))).Problem);
    }

    [Fact]
    public async Task A_window_that_has_already_ended_is_refused()
    {
        var request = Request(new CategoryQuota(ParticipantCategory.PartyMember, 1)) with { FirstDay = new DateOnly(2026, 11, 1), LastDay = new DateOnly(2026, 11, 30) };

        Assert.Equal(SurveyRequestProblem.WindowInThePast, (await _creation.CreateAsync(SurveyRosters.Computing(), SurveyRosters.陈院长, request)).Problem);
    }

    [Fact]
    public async Task A_survey_without_any_quota_is_refused() =>
        Assert.Equal(SurveyRequestProblem.NoQuota, (await _creation.CreateAsync(SurveyRosters.Computing(), SurveyRosters.陈院长, Request())).Problem);
}
