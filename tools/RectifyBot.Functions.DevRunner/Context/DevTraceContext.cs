using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.DevRunner.Context;

public sealed class DevTraceContext : TraceContext
{
    public override string TraceParent => Activity.Current?.Id ?? "";

    public override string TraceState => Activity.Current?.TraceStateString ?? "";
}
