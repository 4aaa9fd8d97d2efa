using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Surveys;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Testing.Logging;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>The development runner hosting IngestSurveyReply on Azurite, with tables and queues of its own and captured logs.</summary>
internal sealed class SurveyFunctionSetup : IAsyncDisposable
{
    private SurveyFunctionSetup(Runner runner, Dictionary<string, string?> settings, CapturingLoggerProvider logs)
    {
        Runner = runner;
        Settings = settings;
        Logs = logs;
    }

    public Runner Runner { get; }

    public Dictionary<string, string?> Settings { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => Runner.App.Services;

    public static async Task<SurveyFunctionSetup> StartAsync(
        AzuriteFixture azurite, int maxDequeueCount = 5, string functions = nameof(RectifyBot.Functions.Surveys.IngestSurveyReply), IReadOnlyDictionary<string, string?>? more = null)
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Storage:QueuePrefix"] = prefix,
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = maxDequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var runner = await Runner.StartAsync(functions, settings, s => s.AddLogging(b => b.AddProvider(logs)));
        return new SurveyFunctionSetup(runner, settings, logs);
    }

    /// <summary>计算机学院党委 with <paramref name="members"/> Party members, all bound to Teams (numbers M00.., AAD ids aad-M00..).</summary>
    public static Core.Roster.Roster Roster(int members)
    {
        var units = new[] { new OrganisationUnit("U", "某大学党委", UnitKind.UniversityCommittee, null), new OrganisationUnit("JSJ", "计算机学院党委", UnitKind.SecondaryCommittee, "U") };
        var people = Enumerable.Range(0, members)
            .Select(i => new Person { Number = $"M{i:D3}", Name = $"党员{i}", PartyUnitCode = "JSJ", PartyStatus = PartyStatus.Full, AadObjectId = $"aad-M{i:D3}" })
            .Append(new Person { Number = "L001", Name = "陈书记", PartyUnitCode = "U", PartyStatus = PartyStatus.Full, Positions = [new PositionHolding(Position.BranchSecretary, "JSJ")] });
        return new Core.Roster.Roster(units, people);
    }

    /// <summary>A survey of every member, open from today (CST) for a week.</summary>
    public async Task<SurveyCreated> CreateSurveyAsync(Core.Roster.Roster roster, int quota)
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var created = await Services.GetRequiredService<SurveyCreation>().CreateAsync(
            roster, roster.Person("L001")!, new SurveyRequest("JSJ", today, today.AddDays(7), [new CategoryQuota(ParticipantCategory.PartyMember, quota)], []));
        Assert.Null(created.Problem);
        return created;
    }

    public async Task<int> WaitForAnswersAsync(string surveyId, int count)
    {
        var box = Services.GetRequiredService<ISurveyBallotBox>();
        try
        {
            await Eventually.HoldsAsync(async () => (await box.AnswersAsync(surveyId)).Count >= count, TimeSpan.FromSeconds(30), $"{count} answers written");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"{ex.Message}: {(await box.AnswersAsync(surveyId)).Count} written, {await box.HeldCountAsync(surveyId)} held; logs: {Logs.AllText}", ex);
        }

        return (await box.AnswersAsync(surveyId)).Count;
    }

    public ValueTask DisposeAsync() => Runner.DisposeAsync();
}
