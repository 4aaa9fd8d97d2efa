using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Identity;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Identity;

/// <summary>
/// Who is who in Teams: on first contact the bot asks Teams for the user's UPN (the member lookup of the Bot
/// Connector, played by a local HTTP server) and binds them to the roster person with that UPN or email.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RosterBindingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
    }

    [Fact]
    public async Task A_roster_member_is_bound_by_UPN_on_first_contact_and_not_confused_with_a_namesake()
    {
        var aad = Guid.NewGuid().ToString();
        var zhangWei = new TeamsActivities(_demo.Teams.ServiceUrl, aad);
        _demo.Teams.AddMember(new TeamsMember(zhangWei.UserId, "张伟", aad, "ZhangWei@" + DemoRoster.Domain, "zhangwei@" + DemoRoster.Domain, TeamsActivities.TenantId));

        var replies = await SendAsync(zhangWei.Message("帮助"));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Welcome_Title"), (string?)replies.Single()!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        var bound = await new TableRosterRepository(_demo.Tables).FindByAadObjectIdAsync(aad);
        Assert.NotNull(bound);
        Assert.Equal("200022", bound.Number);
    }

    [Fact]
    public async Task Someone_not_in_the_roster_is_told_to_contact_the_office_and_listed_for_the_roster_check()
    {
        var aad = Guid.NewGuid().ToString();
        var stranger = new TeamsActivities(_demo.Teams.ServiceUrl, aad);
        _demo.Teams.AddMember(new TeamsMember(stranger.UserId, "路人甲", aad, "visitor@elsewhere.example.org", "visitor@elsewhere.example.org", TeamsActivities.TenantId));

        var replies = await SendAsync(stranger.Message("帮助"));

        Assert.Equal(BotReplies.NotInRoster(UserLanguage.ZhCn), (string?)replies.Single()!["text"]);
        var listed = await new TableUnrosteredUsers(_demo.Tables).ListAsync().ToListAsync();
        Assert.Equal("visitor@elsewhere.example.org", Assert.Single(listed).Identity.UserPrincipalName);
    }

    [Fact]
    public async Task Once_bound_a_person_is_known_by_their_AAD_id_even_if_Teams_cannot_be_asked()
    {
        var aad = Guid.NewGuid().ToString();
        var liNa = new TeamsActivities(_demo.Teams.ServiceUrl, aad);
        _demo.Teams.AddMember(new TeamsMember(liNa.UserId, "李娜", aad, "lina@" + DemoRoster.Domain, "lina@" + DemoRoster.Domain, TeamsActivities.TenantId));
        await SendAsync(liNa.Message("hi"));

        // Later turns come from another Teams endpoint that knows nothing of members.
        var elsewhere = new TeamsActivities("http://127.0.0.1:9/", aad);
        var replies = await SendAsync(elsewhere.Message("帮助"));

        Assert.NotNull(replies.Single()!["attachments"]);
    }

    private Task<JsonArray> SendAsync(JsonObject activity) => _demo.SendAsync(activity);
}
