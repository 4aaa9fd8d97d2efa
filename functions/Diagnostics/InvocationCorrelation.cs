using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using RectifyBot.Core.Diagnostics;

namespace RectifyBot.Functions.Diagnostics;

/// <summary>
/// Every invocation — a timer run, a queued send, an admin request — is one operation (<see cref="Correlation"/>):
/// under the host's trace when the host passes one, else a fresh one. Outbox rows written by a run carry its id.
/// </summary>
public sealed class InvocationCorrelation : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var invocation = Correlation.Start(context.FunctionDefinition.Name);
        await next(context).ConfigureAwait(false);
    }
}
