using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>The functions app's services as its host registers them (AddRectifyBotFunctions), on Azurite with tables and queues of the test's own.</summary>
public static class FunctionsServices
{
    public static ServiceProvider Create(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
            ["Storage:QueuePrefix"] = AzuriteFixture.UniquePrefix(),
        }).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddRectifyBotFunctions(configuration).BuildServiceProvider();
    }
}
