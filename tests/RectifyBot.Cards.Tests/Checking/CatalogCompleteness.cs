using System.Reflection;
using RectifyBot.Cards.Model;

namespace RectifyBot.Cards.Tests.Checking;

/// <summary>Finds card builders the catalog does not list.</summary>
internal static class CatalogCompleteness
{
    /// <summary>Every public type with a public method or property that returns an <see cref="AdaptiveCard"/>.</summary>
    public static IReadOnlySet<Type> BuilderTypes(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t.Namespace != typeof(AdaptiveCard).Namespace)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(m => m.ReturnType == typeof(AdaptiveCard)))
            .ToHashSet();

    public static IReadOnlyList<Type> Missing(Assembly assembly, IEnumerable<Type> registered)
    {
        var known = registered.ToHashSet();
        return [.. BuilderTypes(assembly).Where(t => !known.Contains(t)).OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }
}
