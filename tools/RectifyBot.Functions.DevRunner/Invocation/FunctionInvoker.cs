using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Functions.DevRunner.Context;
using RectifyBot.Functions.DevRunner.Discovery;

namespace RectifyBot.Functions.DevRunner.Invocation;

/// <summary>
/// Invokes one function: a DI scope per invocation, the function class created by ActivatorUtilities (as the worker does),
/// parameters bound, the returned task awaited. Logs name, trigger, duration and outcome; never the message or request contents.
/// </summary>
public sealed partial class FunctionInvoker(IServiceProvider services, TimeProvider clock, ILogger<FunctionInvoker> logger)
{
    /// <summary>Binds the trigger parameter (and trigger-specific extras such as route values).</summary>
    public delegate object? TriggerBinder(ParameterInfo parameter, FunctionContext context);

    public async Task<object?> InvokeAsync(
        DiscoveredFunction function,
        TriggerBinder bindTrigger,
        IReadOnlyDictionary<string, object?> bindingData,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(bindTrigger);
        var started = clock.GetTimestamp();
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = new DevFunctionContext(new DevFunctionDefinition(function), scope.ServiceProvider, bindingData, cancellationToken);
            try
            {
                var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.ContainingType);
                var arguments = function.Method.GetParameters().Select(p => Bind(p, context, bindTrigger)).ToArray();
                var result = await AwaitResultAsync(Call(function.Method, instance, arguments)).ConfigureAwait(false);
                var elapsed = clock.GetElapsedTime(started);
                LogSucceeded(function.Name, function.Kind, context.InvocationId, elapsed.TotalMilliseconds);
                return result;
            }
            catch (Exception ex)
            {
                var elapsed = clock.GetElapsedTime(started);
                LogFailed(ex, function.Name, function.Kind, context.InvocationId, elapsed.TotalMilliseconds);
                throw;
            }
        }
    }

    private static object? Bind(ParameterInfo parameter, FunctionContext context, TriggerBinder bindTrigger) =>
        parameter.ParameterType == typeof(FunctionContext) ? context
        : parameter.ParameterType == typeof(CancellationToken) ? context.CancellationToken
        : bindTrigger(parameter, context);

    private static object? Call(MethodInfo method, object? instance, object?[] arguments)
    {
        try
        {
            return method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static async Task<object?> AwaitResultAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task.ConfigureAwait(false);
                var type = task.GetType();
                return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult"
                    ? type.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            case not null when returned.GetType().IsGenericType && returned.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)returned.GetType().GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
                return await AwaitResultAsync(asTask).ConfigureAwait(false);
            default:
                return returned;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed '{Function}' ({Trigger}, invocation {InvocationId}): succeeded in {Milliseconds:0} ms")]
    private partial void LogSucceeded(string function, TriggerKind trigger, string invocationId, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Executed '{Function}' ({Trigger}, invocation {InvocationId}): failed after {Milliseconds:0} ms")]
    private partial void LogFailed(Exception exception, string function, TriggerKind trigger, string invocationId, double milliseconds);
}
