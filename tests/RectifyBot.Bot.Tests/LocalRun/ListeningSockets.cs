using System.Globalization;
using System.Net;

namespace RectifyBot.Bot.Tests.LocalRun;

/// <summary>The local addresses of the TCP sockets listening on a port, from Linux's /proc/net/tcp and tcp6.</summary>
internal static class ListeningSockets
{
    private const string ListenState = "0A";
    private static readonly string[] Tables = ["/proc/net/tcp", "/proc/net/tcp6"];

    public static IReadOnlyList<string> OnPort(int port) =>
        [.. Tables
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 3 && fields[3] == ListenState && fields[1].Contains(':', StringComparison.Ordinal))
            .Select(fields => fields[1].Split(':'))
            .Where(local => int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            .Select(local => Address(local[0]).ToString())];

    // /proc/net prints addresses as host-order 32-bit words in hex: 0100007F is 127.0.0.1.
    private static IPAddress Address(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPAddress(bytes);
    }
}
