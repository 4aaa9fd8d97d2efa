using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions.DevRunner.Discovery;
using RectifyBot.Storage.Conversations;
using RectifyBot.Storage.Delivery;
using RectifyBot.Teams.Delivery;

namespace RectifyBot.Functions.Tests;

public sealed class FunctionsAppContainerTests
{
    [Fact]
    public void The_worker_host_builds_and_creates_every_function_class_from_its_production_registrations()
    {
        using var host = new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }))
            .ConfigureFunctionsWebApplication()
            .ConfigureServices((context, services) =>
            {
                services.AddRectifyBotFunctions(context.Configuration);
            })
            .UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; })
            .Build();
        using var scope = host.Services.CreateScope();

        var functions = FunctionDiscovery.Discover([typeof(FunctionsServiceCollectionExtensions).Assembly]);
        var instances = functions.Where(f => !f.ContainingType.IsAbstract).Select(f => ActivatorUtilities.CreateInstance(scope.ServiceProvider, f.ContainingType)).ToList();

        Assert.Equal(["ClosePlanWindows", "CloseSurveyWindows", "Health", "ImportRoster", "IngestSurveyReply", "InstallTeamsApp", "RecordPoisonedOutboxMessage", "RequeueUnsentOutbox", "RerouteOpenReviews", "RosterHealthExport", "RosterTemplate", "SendOutboxMessage", "SendSurveyInvitations", "SmokeCheck", "SuggestionBoxForm", "SupervisionBulletins", "SupervisionReconcile", "SupervisionReminders", "SurveyResultsPage", "SurveyWebForm"], functions.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(18, instances.Count);
        Assert.IsType<OutboxDelivery>(scope.ServiceProvider.GetRequiredService<IOutboxDelivery>());
        Assert.IsType<BotConnectorSender>(scope.ServiceProvider.GetRequiredService<IMessageSender>());
        Assert.IsType<TableOutbox>(scope.ServiceProvider.GetRequiredService<IOutbox>());
        Assert.IsType<TableSendBudget>(scope.ServiceProvider.GetRequiredService<ISendBudget>());
        Assert.IsType<TableUnreachableRecipients>(scope.ServiceProvider.GetRequiredService<IUnreachableRecipients>());
        Assert.IsType<TableConversationAddressBook>(scope.ServiceProvider.GetRequiredService<IConversationAddressBook>());
    }
}
