namespace RectifyBot.Storage.Tables;

/// <summary>Checks partition and row keys against Table Storage's rules (Azurite accepts some keys that Azure refuses).</summary>
public static class TableKeys
{
    /// <summary>Table Storage limits a key to 1 KiB.</summary>
    public const int MaxLength = 512;

    public static string Validate(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxLength)
        {
            throw new ArgumentException($"A table key is at most {MaxLength} characters.", paramName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException("A table key must not contain '/', '\\', '#', '?' or control characters.", paramName);
            }
        }

        return key;
    }
}
