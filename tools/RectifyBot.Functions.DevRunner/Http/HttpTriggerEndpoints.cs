using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Functions.DevRunner.Discovery;
using RectifyBot.Functions.DevRunner.Invocation;

namespace RectifyBot.Functions.DevRunner.Http;

/// <summary>
/// Maps each HTTP-triggered function to "/api/{route}" (route from the attribute, else the function name) with its methods,
/// binds HttpRequest and route values, and writes IActionResult, IResult, strings or JSON. Keys (AuthorizationLevel) are not
/// checked, as with `func start`.
/// </summary>
public static class HttpTriggerEndpoints
{
    public const string RoutePrefix = "api";

    public static void Map(IEndpointRouteBuilder endpoints, IEnumerable<DiscoveredFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(functions);
        foreach (var function in functions.Where(f => f.Kind == TriggerKind.Http))
        {
            var trigger = function.TriggerAs<HttpTriggerAttribute>();
            var pattern = $"/{RoutePrefix}/{(trigger.Route ?? function.Name).TrimStart('/')}";
            RequestDelegate handler = http => HandleAsync(function, http);
            var endpoint = trigger.Methods is { Length: > 0 } methods
                ? endpoints.MapMethods(pattern, methods.Select(m => m.ToUpperInvariant()), handler)
                : endpoints.Map(pattern, handler);
            endpoint.WithDisplayName(function.Name);
        }
    }

    private static async Task HandleAsync(DiscoveredFunction function, HttpContext http)
    {
        var invoker = http.RequestServices.GetRequiredService<FunctionInvoker>();
        var bindingData = http.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        object? result;
        try
        {
            result = await invoker.InvokeAsync(function, (parameter, _) => Bind(parameter, function, http), bindingData, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception) when (!http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(http).ConfigureAwait(false);
                break;
            case string text:
                await http.Response.WriteAsync(text, http.RequestAborted).ConfigureAwait(false);
                break;
            case null:
                break;
            default:
                await http.Response.WriteAsJsonAsync(result, result.GetType(), http.RequestAborted).ConfigureAwait(false);
                break;
        }
    }

    private static object? Bind(System.Reflection.ParameterInfo parameter, DiscoveredFunction function, HttpContext http) =>
        parameter == function.TriggerParameter
            ? http.Request
            : RouteValues.Convert(http.Request.RouteValues.TryGetValue(parameter.Name!, out var value) ? value : null, parameter.ParameterType);
}
