using System.Text.Json;
using System.Text.Json.Serialization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Storage.Measures;

/// <summary>The small structured properties of measure rows (route, reviewers, milestones) as JSON, enums by name.</summary>
internal static class MeasureJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json, T whenMissing) =>
        string.IsNullOrEmpty(json) ? whenMissing : JsonSerializer.Deserialize<T>(json, Options) ?? whenMissing;

    public static ReviewRoute ReadRoute(string? json) =>
        Read<RouteRow?>(json, null)?.ToRoute() ?? throw new InvalidOperationException("A version row has no route.");

    public static string WriteRoute(ReviewRoute route) => Write(RouteRow.From(route));

    public static IReadOnlyList<Milestone> ReadMilestones(string? json) => Read<List<Milestone>>(json, []);

    /// <summary>ReviewRoute's computed property is left out; records with list properties round-trip as arrays.</summary>
    private sealed record RouteRow(
        RoutingRule Rule, List<string> Reviewers, bool ViaOffice, bool InspectionGroupAssists, bool ExternalDecision,
        RouteFallback? Fallback, RouteOverride? Override)
    {
        public static RouteRow From(ReviewRoute r) =>
            new(r.Rule, [.. r.Reviewers], r.ViaOffice, r.InspectionGroupAssists, r.ExternalDecision, r.Fallback, r.Override);

        public ReviewRoute ToRoute() => new(Rule, Reviewers, ViaOffice, InspectionGroupAssists, ExternalDecision, Fallback, Override);
    }
}
