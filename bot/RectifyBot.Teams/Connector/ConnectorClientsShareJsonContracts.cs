using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Newtonsoft.Json.Serialization;
using RectifyBot.Teams.Authentication;

namespace RectifyBot.Teams.Connector;

/// <summary>
/// The CloudAdapter makes a new <see cref="ConnectorClient"/> for every turn and every proactive send, and each new
/// client brings its own Newtonsoft contract resolvers, whose caches start empty: every send reflected over the Activity
/// types again and emitted dynamic methods that the finalizer then tore down — in the fan-out benchmark well over half
/// the sender's CPU (docs/benchmarks.md). Handing every client the same resolvers builds each contract once per process.
/// </summary>
public sealed class ConnectorClientsShareJsonContracts(BotFrameworkAuthentication inner) : DelegatingBotFrameworkAuthentication(inner)
{
    // The resolver the Connector sets on each client (a plain DefaultContractResolver), shared: its contract cache is thread-safe.
    private static readonly IContractResolver Serialization = new DefaultContractResolver();

    private static readonly IContractResolver Deserialization = new DefaultContractResolver();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(Inner.CreateConnectorFactory(claimsIdentity));

    private sealed class Factory(ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
            if (client is ConnectorClient connector)
            {
                connector.SerializationSettings.ContractResolver = Serialization;
                connector.DeserializationSettings.ContractResolver = Deserialization;
            }

            return client;
        }
    }
}
