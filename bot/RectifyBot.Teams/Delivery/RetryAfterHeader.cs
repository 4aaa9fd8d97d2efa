using System.Globalization;

namespace RectifyBot.Teams.Delivery;

/// <summary>Reads an HTTP Retry-After value: delta-seconds ("5") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT").</summary>
public static class RetryAfterHeader
{
    /// <summary>The wait the value asks for, never negative; null when there is no value or it cannot be read.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds > (long)TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);
        }

        // HTTP dates are RFC 1123 ("r"); a laxer parser would read "1.5" as the 5th of January.
        if (DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>The Retry-After of a response's headers (name matched without regard to case), as above.</summary>
    public static TimeSpan? Parse(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var (name, values) in headers)
        {
            if (string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase))
            {
                return Parse(values?.FirstOrDefault(), now);
            }
        }

        return null;
    }
}
