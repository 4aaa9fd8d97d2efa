using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Surveys;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage.Queues;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>
/// An attacker with the storage key and the logs tries to link answers to people (docs/anonymity.md): ten members
/// answer one after another, each with an opinion we can recognise; then everything stored is read — every table
/// row with its keys, order, Timestamp and ETag, every queue and poison-queue message, every captured log line —
/// and each attack must fail.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnonymityTests(AzuriteFixture azurite)
{
    private const int Respondents = 10;

    [Fact]
    public async Task Nothing_stored_or_logged_links_an_answer_to_the_person_who_gave_it()
    {
        await using var setup = await SurveyFunctionSetup.StartAsync(azurite);
        var roster = SurveyFunctionSetup.Roster(Respondents);
        var survey = (await setup.CreateSurveyAsync(roster, Respondents)).Survey!;
        var replies = setup.Services.GetRequiredService<SurveyReplies>();

        // The truth the attacker must not recover: person i answered with opinion "opinion-i".
        var identities = roster.People.SelectMany(p => new[] { p.Number, p.AadObjectId, p.Name }).OfType<string>().ToList();
        for (var i = 0; i < Respondents; i++)
        {
            Assert.Null(await replies.AcceptFromTeamsAsync(survey.Id, $"M{i:D3}", SurveyReplyForm.Of((SatisfactionChoice)(i % 4), $"opinion-{i}")));
            await Task.Delay(50);
        }

        // Batches are at least 5 (6 + 4 is possible: the last 4 then wait); at window close the rest is written at once.
        var box = setup.Services.GetRequiredService<ISurveyBallotBox>();
        await Eventually.HoldsAsync(
            async () => (await box.AnswersAsync(survey.Id)).Count + await box.HeldCountAsync(survey.Id) == Respondents, TimeSpan.FromSeconds(30), "every reply ingested");
        await box.FlushAsync(survey.Id, 1);

        // A reply that fails ingestion lands in the poison queue: what it says is all the queue ever knew.
        var queue = setup.Services.GetRequiredService<ISurveyReplyQueue>();
        await queue.EnqueueAsync(new SurveyReply
        {
            SurveyId = survey.Id,
            BallotId = "broken/ballot",
            Answer = new SurveyAnswer { Category = ParticipantCategory.PartyMember, Choice = SatisfactionChoice.Satisfied, Opinion = "opinion-poison", Source = ReplySource.Teams },
        });
        var poison = new QueueClient(azurite.ConnectionString, QueueNames.Qualify(setup.Settings["Storage:QueuePrefix"], QueueNames.PoisonOf(QueueNames.SurveyReplies)));
        await Eventually.HoldsAsync(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync(32)).Value.Length > 0, TimeSpan.FromSeconds(30), "the broken reply is parked");

        var tables = await ReadAllTablesAsync(setup.Settings["Storage:TablePrefix"]!);
        var messages = await ReadAllQueuesAsync(setup.Settings["Storage:QueuePrefix"]!);
        var answers = tables[TableSurveyBallotBox.Table].Where(r => r.RowKey.StartsWith("a|", StringComparison.Ordinal)).ToList();
        var participants = tables[TableSurveyRepository.ParticipantsTable];
        Assert.Equal(Respondents, answers.Count);
        Assert.Equal(Respondents, participants.Count(p => p.GetBoolean("Answered") == true));

        // Attack 1: an identity written next to an answer — in an answer row, a queue or poison message, a log line.
        Assert.All(answers, a => Assert.DoesNotContain(identities, id => Flatten(a).Contains(id, StringComparison.Ordinal)));
        Assert.All(messages, m => Assert.DoesNotContain(identities, id => m.Contains(id, StringComparison.Ordinal)));
        Assert.DoesNotContain("opinion-", setup.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(identities, id => setup.Logs.AllText.Contains(id, StringComparison.Ordinal));

        // Attack 2: a key shared between an answer row and any row that names a person or a ballot (a join key;
        // category, choice and source are enum names every row may share).
        var otherValues = tables.Values.SelectMany(rows => rows).Where(r => !r.RowKey.StartsWith("a|", StringComparison.Ordinal))
            .SelectMany(r => r.Select(p => p.Value?.ToString()).Append(r.RowKey).Append(r.RowKey.Split('|')[^1]))
            .OfType<string>().Where(v => v.Length >= 8).ToHashSet(StringComparer.Ordinal);
        Assert.All(answers, a => Assert.DoesNotContain(
            a.Where(p => p.Key is "Opinion" or "Extras").Select(p => p.Value?.ToString()).Append(a.RowKey).Append(a.RowKey[2..]).OfType<string>(),
            otherValues.Contains));

        // Attack 3: time. An answer can only come from someone whose Answered mark is not later than the answer row:
        // at least 5 candidates for every answer (answers written one by one would leave 1 for the first).
        var answeredAt = participants.Where(p => p.GetBoolean("Answered") == true).Select(p => p.Timestamp!.Value).ToList();
        Assert.All(answers, a => Assert.True(answeredAt.Count(t => t <= a.Timestamp!.Value) >= SurveyLimits.MinimumBatch,
            "an answer's server time narrows it down to fewer than 5 people"));

        // Attack 4: order. Pair the people in the order they answered with the answers in stored order (by row key, by
        // Timestamp then row key, by ETag): the pairing must not be the truth.
        var answerOrder = participants.Where(p => p.GetBoolean("Answered") == true).OrderBy(p => p.Timestamp).Select(p => int.Parse(p.RowKey[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var ordering in new Func<IEnumerable<TableEntity>, IEnumerable<TableEntity>>[]
                 {
                     rows => rows.OrderBy(r => r.RowKey, StringComparer.Ordinal),
                     rows => rows.OrderBy(r => r.Timestamp).ThenBy(r => r.RowKey, StringComparer.Ordinal),
                     rows => rows.OrderBy(r => r.ETag.ToString(), StringComparer.Ordinal),
                     rows => rows,
                 })
        {
            var guessed = ordering(answers).Select(a => a.GetString("Opinion")).ToList();
            var truth = answerOrder.Select(i => $"opinion-{i}").ToList();
            Assert.NotEqual(truth, guessed);
        }
    }

    private Task<Dictionary<string, List<TableEntity>>> ReadAllTablesAsync(string prefix) => StorageDump.TablesAsync(azurite.ConnectionString, prefix);

    private async Task<List<string>> ReadAllQueuesAsync(string prefix)
    {
        var all = await StorageDump.QueuesAsync(azurite.ConnectionString, prefix);
        Assert.NotEmpty(all);
        return all;
    }

    private static string Flatten(TableEntity row) => StorageDump.Flatten(row);
}
