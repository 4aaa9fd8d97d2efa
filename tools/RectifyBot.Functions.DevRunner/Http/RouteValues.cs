using System.ComponentModel;
using System.Globalization;

namespace RectifyBot.Functions.DevRunner.Http;

/// <summary>Converts route values ({id} in a route template) to simple parameter types, as the worker does.</summary>
public static class RouteValues
{
    public static bool CanConvert(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) || underlying.IsPrimitive || underlying == typeof(Guid) || underlying == typeof(decimal) || underlying == typeof(DateTimeOffset);
    }

    public static object? Convert(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (value is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var text = System.Convert.ToString(value, CultureInfo.InvariantCulture);
        return underlying == typeof(string) ? text : TypeDescriptor.GetConverter(underlying).ConvertFromInvariantString(text!);
    }
}
