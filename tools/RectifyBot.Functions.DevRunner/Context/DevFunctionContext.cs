using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.DevRunner.Context;

/// <summary>The minimal FunctionContext the runner gives a function: invocation id, definition (name), scoped services, cancellation, binding data.</summary>
public sealed class DevFunctionContext(
    FunctionDefinition definition,
    IServiceProvider instanceServices,
    IReadOnlyDictionary<string, object?> bindingData,
    CancellationToken cancellationToken) : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => definition.Id;

    public override TraceContext TraceContext { get; } = new DevTraceContext();

    public override BindingContext BindingContext { get; } = new DevBindingContext(bindingData);

    public override RetryContext RetryContext { get; } = new DevRetryContext();

    public override IServiceProvider InstanceServices { get; set; } = instanceServices;

    public override FunctionDefinition FunctionDefinition => definition;

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new DevInvocationFeatures();

    public override CancellationToken CancellationToken => cancellationToken;
}
