using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.Health;

/// <summary>GET /api/health: 200 {"status":"ok"} while the worker runs (for probes; says nothing about storage).</summary>
public static class HealthCheck
{
    [Function("Health")]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OkObjectResult(new HealthStatus("ok"));
    }
}
