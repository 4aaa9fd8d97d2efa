using System.Globalization;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Roster;

/// <summary>Table names and keys of the roster (docs/storage.md, "Roster").</summary>
internal static class RosterTables
{
    public const string Versions = "RosterVersions";
    public const string Units = "RosterUnits";
    public const string People = "RosterPeople";
    public const string PeopleByNumber = "RosterPeopleByNumber";
    public const string Bindings = "RosterBindings";

    /// <summary>The partition of <see cref="Versions"/> holding one row per version and the pointer row.</summary>
    public const string VersionsPartition = "versions";

    /// <summary>Row key of the pointer to the current version (in <see cref="VersionsPartition"/>).</summary>
    public const string CurrentRow = "current";

    /// <summary>Partitions of <see cref="Bindings"/>: number → AAD id, and AAD id → number.</summary>
    public const string ByNumberPartition = "number";
    public const string ByAadPartition = "aad";

    /// <summary>Partition of <see cref="Bindings"/> logging every binding change, for the current-roster cache.</summary>
    public const string BindingLogPartition = "log";

    /// <summary>Number index buckets per version: few enough that each fills whole 100-entity transactions.</summary>
    public const int NumberBuckets = 16;

    /// <summary>Table Storage's limit on entities in one transaction.</summary>
    public const int MaxTransactionEntities = 100;

    public static string UnitsPartition(string versionId) => "v" + versionId;

    /// <summary>People whose unit (Party organisation, else post) is the unit; an empty code for people with neither.</summary>
    public static string PeoplePartition(string versionId, string unitCode) => "v" + versionId + "|" + unitCode;

    /// <summary>Bounds of a range query over every <see cref="PeoplePartition"/> of a version ('}' follows '|').</summary>
    public static (string From, string Before) PeopleRange(string versionId) => ("v" + versionId + "|", "v" + versionId + "}");

    public static string NumberPartition(string versionId, string number) =>
        "v" + versionId + "|" + Bucket(number).ToString("D2", CultureInfo.InvariantCulture);

    public static string Key(string value, string paramName) => TableKeys.Validate(value, paramName);

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes and .NET versions (unlike string.GetHashCode).</summary>
    private static int Bucket(string number)
    {
        var hash = 2166136261u;
        foreach (var c in number)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % NumberBuckets);
    }
}
