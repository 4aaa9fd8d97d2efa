using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.Tests.TestFunctions;

public sealed class AlwaysFailingQueueFunction(InvocationRecorder recorder)
{
    public const string Name = "AlwaysFails";
    public const string Queue = "always-fails";

    [Function(Name)]
    public void Run([QueueTrigger(Queue, Connection = FunctionSettings.StorageConnection)] string message, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        recorder.DequeueCounts.Enqueue(Convert.ToInt64(context.BindingContext.BindingData["DequeueCount"], System.Globalization.CultureInfo.InvariantCulture));
        throw new InvalidOperationException("This function always fails (" + message.Length + " characters).");
    }
}
