using System.Reflection;

namespace RectifyBot.Functions.DevRunner.Discovery;

/// <summary>A [Function] method found by reflection, with its trigger parameter and attribute.</summary>
public sealed record DiscoveredFunction(string Name, MethodInfo Method, ParameterInfo TriggerParameter, Attribute Trigger, TriggerKind Kind)
{
    public Type ContainingType => Method.DeclaringType!;

    public TAttribute TriggerAs<TAttribute>()
        where TAttribute : Attribute => (TAttribute)Trigger;
}
