using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using RectifyBot.Functions.Diagnostics;

namespace RectifyBot.Functions.Tests.Diagnostics;

public sealed class FunctionsTelemetryTests
{
    private static ServiceCollection ServicesWith(string? connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [FunctionsTelemetry.ConnectionStringSetting] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddRectifyBotFunctionsTelemetry(configuration);
        return services;
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Without_a_connection_string_no_telemetry_is_registered(string? connectionString) =>
        Assert.Empty(ServicesWith(connectionString));

    [Fact]
    public void With_a_connection_string_the_worker_exports_to_Application_Insights()
    {
        var services = ServicesWith("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/");
        Assert.Contains(services, d => d.ServiceType == typeof(TracerProvider));
    }
}
