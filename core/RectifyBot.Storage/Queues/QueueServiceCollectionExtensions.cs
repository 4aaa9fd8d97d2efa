using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;

namespace RectifyBot.Storage.Queues;

public static class QueueServiceCollectionExtensions
{
    /// <summary>Registers the queue producers (IDeliveryQueue) over "Storage:ConnectionString" (or "Storage:QueueServiceUri" with a managed identity) and "Storage:QueuePrefix".</summary>
    public static IServiceCollection AddRectifyBotQueues(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var queueName = QueueNames.Qualify(options.QueuePrefix, QueueNames.OutboxSend);
            return new DeliveryQueueClient(StorageClients.Queue(options, queueName, DeliveryQueueClient.ClientOptions()));
        });
        services.AddSingleton<IDeliveryQueue>(sp => sp.GetRequiredService<DeliveryQueueClient>());
        services.AddSingleton<ISurveyReplyQueue>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var queueName = QueueNames.Qualify(options.QueuePrefix, QueueNames.SurveyReplies);
            return new SurveyReplyQueueClient(StorageClients.Queue(options, queueName, DeliveryQueueClient.ClientOptions()));
        });
        services.AddSingleton<Core.Surveys.Teams.ISurveyInvitationQueue>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var queueName = QueueNames.Qualify(options.QueuePrefix, QueueNames.SurveyInvitations);
            return new SurveyInvitationQueueClient(StorageClients.Queue(options, queueName, DeliveryQueueClient.ClientOptions()));
        });
        return services;
    }
}
