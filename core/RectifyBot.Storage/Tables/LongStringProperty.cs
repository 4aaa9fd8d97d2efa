using Azure.Data.Tables;

namespace RectifyBot.Storage.Tables;

/// <summary>
/// Stores a string longer than one property allows (64 KiB, i.e. 32K UTF-16 characters) across numbered
/// properties: <c>{Name}Parts</c> holds the count and <c>{Name}0..{Name}N-1</c> the pieces. A null string has no properties.
/// </summary>
public static class LongStringProperty
{
    /// <summary>Characters per piece: under the 32,768-character limit of a string property.</summary>
    public const int PieceLength = 32_000;

    public static void Write(TableEntity entity, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (value is null)
        {
            return;
        }

        var parts = 0;
        var start = 0;
        do
        {
            var length = Math.Min(PieceLength, value.Length - start);
            if (length == PieceLength && char.IsHighSurrogate(value[start + length - 1]))
            {
                // Never split a surrogate pair: each piece must be valid UTF-16 on its own.
                length--;
            }

            entity[name + parts.ToString(System.Globalization.CultureInfo.InvariantCulture)] = value.Substring(start, length);
            parts++;
            start += length;
        }
        while (start < value.Length);

        entity[name + "Parts"] = parts;
    }

    public static string? Read(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var parts = entity.GetInt32(name + "Parts");
        if (parts is null)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Value; i++)
        {
            var piece = entity.GetString(name + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                ?? throw new InvalidOperationException($"Property {name}{i} is missing from {entity.PartitionKey}/{entity.RowKey}.");
            builder.Append(piece);
        }

        return builder.ToString();
    }
}
