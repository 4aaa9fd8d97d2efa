using System.Reflection;

namespace RectifyBot.Bot.Legal;

/// <summary>
/// The privacy statement and terms of use that the Teams manifest links to (https://{bot domain}/privacy and /terms);
/// Teams refuses an app package without them and shows them in the app's details.
/// </summary>
public static class LegalPages
{
    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var privacy = Read("privacy.html");
        var terms = Read("terms.html");
        endpoints.MapGet("/privacy", () => Results.Content(privacy, "text/html; charset=utf-8"));
        endpoints.MapGet("/terms", () => Results.Content(terms, "text/html; charset=utf-8"));
        return endpoints;
    }

    private static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Legal." + file)
            ?? throw new InvalidOperationException($"The embedded page Legal.{file} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
