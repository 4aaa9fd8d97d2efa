using Microsoft.Extensions.Logging.Abstractions;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// The Teams path of docs/anonymity.md: five members answer their survey cards in the built bot, each with an opinion
/// we can recognise. An attacker then reads every table, every queue message and the bot's whole log, before and after
/// the ingestion writes the answers: no opinion or ballot sits next to a person (in the log, in an outbox row, in a
/// participant row), no queued reply names anyone, and the answers are written in one batch after the last answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamsAnonymityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Mark = "teams-opinion-";
    private SurveyChat _chat = null!;

    public async Task InitializeAsync() => _chat = await SurveyChat.StartAsync(azurite);

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task Nothing_stored_queued_or_logged_links_an_answer_given_in_Teams_to_the_member_who_gave_it()
    {
        (string Account, string Name)[] accounts = [("chenjing", "陈静"), ("zhangwei", "张伟"), ("zhaolei", "赵磊"), ("zhangwei2", "张伟"), ("fangyuan", "方圆")];
        var members = new List<TeamsActivities>();
        foreach (var (account, name) in accounts)
        {
            members.Add(await _chat.MemberAsync(account, name));
        }

        var liNa = await _chat.MemberAsync("lina", "李娜");
        var (_, surveyId) = await _chat.CreateAsync(liNa, ("quota_PartyMember", "20"));
        await _chat.DeliverAsync(surveyId);
        for (var i = 0; i < members.Count; i++)
        {
            await _chat.TapAsync(members[i], _chat.ReceivedCard(members[i]), (SatisfactionChoice)(i % 4), (Cards.Surveys.SurveyVerbs.OpinionId, Mark + i));
        }

        var roster = DemoRoster.Create();
        var identities = roster.People.Where(p => p.PartyUnitCode == SurveyChat.Branch).SelectMany(p => new[] { p.Number, p.Upn })
            .Concat(members.Append(liNa).SelectMany(m => new[] { m.AadObjectId, m.UserId, m.ConversationId }))
            .OfType<string>().ToList();
        var storage = _chat.Demo.Bot.Storage;

        // The queue: five replies, none naming anyone.
        var replies = (await StorageDump.QueuesAsync(azurite.ConnectionString, _chat.QueuePrefix)).Where(m => m.Contains(Mark, StringComparison.Ordinal)).ToList();
        Assert.Equal(members.Count, replies.Count);
        Assert.All(replies, r => Assert.DoesNotContain(identities, id => r.Contains(id, StringComparison.Ordinal)));
        var ballots = replies.Select(r => SurveyChat.Reply(r).BallotId).ToList();

        // Before ingestion no table holds an opinion or a ballot; the bot's log holds neither.
        var before = await StorageDump.TablesAsync(azurite.ConnectionString, storage.TablePrefix!);
        Assert.All(before.Values.SelectMany(rows => rows).Select(StorageDump.Flatten), row =>
        {
            Assert.DoesNotContain(Mark, row, StringComparison.Ordinal);
            Assert.DoesNotContain(ballots, b => row.Contains(b, StringComparison.Ordinal));
        });
        var log = _chat.Demo.Bot.Process.Output;
        Assert.DoesNotContain(Mark, log, StringComparison.Ordinal);
        Assert.DoesNotContain(ballots, b => log.Contains(b, StringComparison.Ordinal));

        // The one ingestion path writes them: one batch, one server time, no identity and no ballot on an answer.
        var repository = new TableSurveyRepository(_chat.Demo.Tables);
        var box = new TableSurveyBallotBox(_chat.Demo.Tables);
        var ingestion = new SurveyIngestion(repository, box, new SurveyFlushTurns(), TimeProvider.System, NullLogger<SurveyIngestion>.Instance);
        foreach (var reply in replies)
        {
            await ingestion.IngestAsync(SurveyChat.Reply(reply));
        }

        var after = await StorageDump.TablesAsync(azurite.ConnectionString, storage.TablePrefix!);
        var answers = after[TableSurveyBallotBox.Table].Where(r => r.RowKey.StartsWith("a|", StringComparison.Ordinal)).ToList();
        Assert.Equal(members.Count, answers.Count);
        // Time: every answer was written after the last of the five marks, so each could be any of the five's
        // (Azurite stamps the rows of one batch microseconds apart; Azure gives them one time).
        var marks = after[TableSurveyRepository.ParticipantsTable].Where(p => p.GetBoolean("Answered") == true).Select(p => p.Timestamp!.Value).ToList();
        Assert.Equal(members.Count, marks.Count);
        Assert.True(answers.Min(a => a.Timestamp!.Value) >= marks.Max(), "answers written one by one as they came");
        Assert.True(answers.Max(a => a.Timestamp!.Value) - answers.Min(a => a.Timestamp!.Value) < TimeSpan.FromMilliseconds(50), "one batch");
        Assert.All(answers.Select(StorageDump.Flatten), a =>
        {
            Assert.DoesNotContain(identities, id => a.Contains(id, StringComparison.Ordinal));
            Assert.DoesNotContain(ballots, b => a.Contains(b, StringComparison.Ordinal));
        });
        Assert.Equal(Enumerable.Range(0, members.Count).Select(i => Mark + i).Order(StringComparer.Ordinal), answers.Select(a => a.GetString("Opinion")).Order(StringComparer.Ordinal));
        Assert.Equal(members.Count, (await repository.ParticipantsAsync(surveyId)).Count(p => p.Answered));
    }
}
