using System.Text.Json;

namespace RectifyBot.Functions.DevRunner.Configuration;

/// <summary>Turns a JSON document into configuration keys ("a:b:0").</summary>
public static class JsonFlattener
{
    public static Dictionary<string, string?> Flatten(JsonElement element, string prefix)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Visit(element, prefix, values);
        return values;
    }

    private static void Visit(JsonElement element, string key, Dictionary<string, string?> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Visit(property.Value, Join(key, property.Name), values);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, Join(key, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture)), values);
                }

                break;
            case JsonValueKind.String:
                values[key] = element.GetString();
                break;
            case JsonValueKind.Null:
                values[key] = null;
                break;
            default:
                values[key] = element.GetRawText();
                break;
        }
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + ":" + name;
}
