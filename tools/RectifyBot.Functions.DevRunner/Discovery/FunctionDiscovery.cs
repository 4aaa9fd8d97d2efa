using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Functions.DevRunner.Http;

namespace RectifyBot.Functions.DevRunner.Discovery;

/// <summary>
/// Finds [Function] methods and their trigger by reflection, and refuses (at startup, not at the first message)
/// parameters this runner cannot bind.
/// </summary>
public static class FunctionDiscovery
{
    public static IReadOnlyList<DiscoveredFunction> Discover(IEnumerable<Assembly> assemblies, IReadOnlyCollection<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var found = new List<DiscoveredFunction>();
        foreach (var method in assemblies.SelectMany(a => a.GetExportedTypes()).SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            var function = method.GetCustomAttribute<FunctionAttribute>();
            if (function is null || (only is { Count: > 0 } && !only.Contains(function.Name, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            found.Add(Describe(function.Name, method));
        }

        var duplicate = found.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? found : throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'.");
    }

    private static DiscoveredFunction Describe(string name, MethodInfo method)
    {
        DiscoveredFunction? described = null;
        foreach (var parameter in method.GetParameters())
        {
            var trigger = parameter.GetCustomAttributes().FirstOrDefault(a => a is TimerTriggerAttribute or QueueTriggerAttribute or HttpTriggerAttribute);
            if (trigger is null)
            {
                continue;
            }

            if (described is not null)
            {
                throw new InvalidOperationException($"Function '{name}' has more than one trigger.");
            }

            var kind = trigger switch
            {
                TimerTriggerAttribute => TriggerKind.Timer,
                QueueTriggerAttribute => TriggerKind.Queue,
                _ => TriggerKind.Http,
            };
            described = new DiscoveredFunction(name, method, parameter, trigger, kind);
        }

        if (described is null)
        {
            throw new InvalidOperationException($"Function '{name}' has no trigger this development runner knows (timer, queue, HTTP).");
        }

        foreach (var parameter in method.GetParameters().Where(p => p != described.TriggerParameter))
        {
            if (!IsBindable(described, parameter))
            {
                throw new InvalidOperationException(
                    $"Function '{name}': the development runner cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}. " +
                    "Supported: the trigger, FunctionContext, CancellationToken (and route values for HTTP).");
            }
        }

        if (described.Kind == TriggerKind.Timer && described.TriggerParameter.ParameterType != typeof(TimerInfo))
        {
            throw new InvalidOperationException($"Function '{name}': a timer trigger binds TimerInfo.");
        }

        if (described.Kind == TriggerKind.Http && described.TriggerParameter.ParameterType != typeof(HttpRequest))
        {
            throw new InvalidOperationException($"Function '{name}': the development runner binds HTTP triggers to HttpRequest (ASP.NET Core integration) only.");
        }

        return described;
    }

    private static bool IsBindable(DiscoveredFunction function, ParameterInfo parameter) =>
        parameter.ParameterType == typeof(FunctionContext)
        || parameter.ParameterType == typeof(CancellationToken)
        || (function.Kind == TriggerKind.Http && RouteValues.CanConvert(parameter.ParameterType));
}
