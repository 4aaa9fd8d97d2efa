using System.Reflection;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues.Models;

namespace RectifyBot.Functions.DevRunner.Queues;

/// <summary>Binds a decoded queue message to the trigger parameter: string, BinaryData, byte[], QueueMessage, or a POCO from JSON.</summary>
public static class QueueMessageBinding
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static object Bind(ParameterInfo parameter, QueueMessage raw, BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(body);
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return Encoding.UTF8.GetString(body.ToMemory().Span);
        }

        if (type == typeof(BinaryData))
        {
            return body;
        }

        if (type == typeof(byte[]))
        {
            return body.ToArray();
        }

        if (type == typeof(QueueMessage))
        {
            return QueuesModelFactory.QueueMessage(raw.MessageId, raw.PopReceipt, body, raw.DequeueCount, raw.NextVisibleOn, raw.InsertedOn, raw.ExpiresOn);
        }

        return JsonSerializer.Deserialize(body.ToMemory().Span, type, Json) is { } value
            ? value
            : throw new JsonException($"The queue message is JSON null; {type.Name} expected.");
    }
}
