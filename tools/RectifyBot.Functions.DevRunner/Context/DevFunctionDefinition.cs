using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Functions.DevRunner.Discovery;

namespace RectifyBot.Functions.DevRunner.Context;

/// <summary>Name, id and entry point of a discovered function; no binding metadata (the runner binds by type).</summary>
public sealed class DevFunctionDefinition(DiscoveredFunction function) : FunctionDefinition
{
    public override ImmutableArray<FunctionParameter> Parameters => ImmutableArray<FunctionParameter>.Empty;

    public override string PathToAssembly => function.ContainingType.Assembly.Location;

    public override string EntryPoint => $"{function.ContainingType.FullName}.{function.Method.Name}";

    public override string Id => function.Name;

    public override string Name => function.Name;

    public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

    public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
}
