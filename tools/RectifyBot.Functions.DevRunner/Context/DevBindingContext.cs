using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.DevRunner.Context;

public sealed class DevBindingContext(IReadOnlyDictionary<string, object?> bindingData) : BindingContext
{
    public override IReadOnlyDictionary<string, object?> BindingData => bindingData;
}
