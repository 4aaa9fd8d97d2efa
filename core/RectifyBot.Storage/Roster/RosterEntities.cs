using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using RectifyBot.Core.Roster;

namespace RectifyBot.Storage.Roster;

/// <summary>
/// Units, people and versions as table entities. Lists (positions, liaison units) are compact JSON strings; every
/// string is checked against the 32K-character property limit before anything is written.
/// </summary>
internal static class RosterEntities
{
    /// <summary>Under the 32,768 UTF-16 characters of one string property.</summary>
    public const int MaxStringLength = 32_000;

    public static TableEntity ToEntity(string partitionKey, OrganisationUnit unit)
    {
        var entity = new TableEntity(partitionKey, RosterTables.Key(unit.Code, nameof(unit)))
        {
            ["Name"] = Checked(unit.Name, unit.Code, "Name"),
            ["Kind"] = unit.Kind.ToString(),
            ["ParentCode"] = Checked(unit.ParentCode, unit.Code, "ParentCode"),
            ["IsClassBranch"] = unit.IsClassBranch,
            ["ClassName"] = Checked(unit.ClassName, unit.Code, "ClassName"),
        };
        return entity;
    }

    public static OrganisationUnit ToUnit(TableEntity entity) =>
        new(entity.RowKey, entity.GetString("Name") ?? "", Enum.Parse<UnitKind>(entity.GetString("Kind") ?? ""), entity.GetString("ParentCode"))
        {
            IsClassBranch = entity.GetBoolean("IsClassBranch") ?? false,
            ClassName = entity.GetString("ClassName"),
        };

    /// <summary>The unit whose partition holds the person: their Party organisation, else their post's unit, else none ("").</summary>
    public static string HomeUnit(Person person) => person.PartyUnitCode ?? person.Post?.UnitCode ?? "";

    public static TableEntity ToEntity(string partitionKey, Person person)
    {
        var number = RosterTables.Key(person.Number, nameof(person));
        var positions = person.Positions.Count == 0
            ? null
            : JsonSerializer.Serialize(person.Positions.Select(p => p.UnitCode is null ? new[] { p.Position.ToString() } : [p.Position.ToString(), p.UnitCode]));
        var liaisons = person.LiaisonUnitCodes.Count == 0 ? null : JsonSerializer.Serialize(person.LiaisonUnitCodes);

        // The AAD object id is not stored here: bindings live in their own table and are applied when reading.
        return new TableEntity(partitionKey, number)
        {
            ["Name"] = Checked(person.Name, number, "Name"),
            ["Upn"] = Checked(person.Upn, number, "Upn"),
            ["Email"] = Checked(person.Email, number, "Email"),
            ["PartyUnitCode"] = Checked(person.PartyUnitCode, number, "PartyUnitCode"),
            ["PartyStatus"] = person.PartyStatus.ToString(),
            ["PostUnitCode"] = Checked(person.Post?.UnitCode, number, "PostUnitCode"),
            ["PostRank"] = person.Post?.Rank.ToString(),
            ["Positions"] = Checked(positions, number, "Positions"),
            ["LiaisonUnitCodes"] = Checked(liaisons, number, "LiaisonUnitCodes"),
            ["ClassName"] = Checked(person.ClassName, number, "ClassName"),
            ["Year"] = person.Year,
            ["StudentLevel"] = person.StudentLevel?.ToString(),
            ["Major"] = Checked(person.Major, number, "Major"),
            ["DemocraticParty"] = Checked(person.DemocraticParty, number, "DemocraticParty"),
            ["Retired"] = person.Retired,
            ["Active"] = person.Active,
        };
    }

    public static Person ToPerson(TableEntity entity, string? aadObjectId)
    {
        var postUnit = entity.GetString("PostUnitCode");
        var postRank = entity.GetString("PostRank");
        var positions = entity.GetString("Positions") is { } positionsJson
            ? JsonSerializer.Deserialize<string[][]>(positionsJson)!
                .Select(p => new PositionHolding(Enum.Parse<Position>(p[0]), p.Length > 1 ? p[1] : null))
                .ToArray()
            : [];
        var liaisons = entity.GetString("LiaisonUnitCodes") is { } liaisonsJson ? JsonSerializer.Deserialize<string[]>(liaisonsJson)! : [];
        return new Person
        {
            Number = entity.RowKey,
            Name = entity.GetString("Name") ?? "",
            Upn = entity.GetString("Upn"),
            Email = entity.GetString("Email"),
            PartyUnitCode = entity.GetString("PartyUnitCode"),
            PartyStatus = Enum.Parse<PartyStatus>(entity.GetString("PartyStatus") ?? nameof(PartyStatus.None)),
            Post = postUnit is not null && postRank is not null ? new AdministrativePost(postUnit, Enum.Parse<PostRank>(postRank)) : null,
            Positions = positions,
            LiaisonUnitCodes = liaisons,
            ClassName = entity.GetString("ClassName"),
            Year = entity.GetInt32("Year"),
            StudentLevel = entity.GetString("StudentLevel") is { } level ? Enum.Parse<StudentLevel>(level) : null,
            Major = entity.GetString("Major"),
            DemocraticParty = entity.GetString("DemocraticParty"),
            Retired = entity.GetBoolean("Retired") ?? false,
            Active = entity.GetBoolean("Active") ?? true,
            AadObjectId = aadObjectId,
        };
    }

    public static TableEntity ToEntity(string rowKey, RosterVersionInfo info) => new(RosterTables.VersionsPartition, rowKey)
    {
        ["VersionId"] = info.VersionId,
        ["CreatedAt"] = info.CreatedAt.ToUniversalTime(),
        ["OperatorNumber"] = Checked(info.OperatorNumber, info.VersionId, "OperatorNumber"),
        ["Summary"] = Checked(info.Summary, info.VersionId, "Summary"),
        ["Units"] = info.Units,
        ["People"] = info.People,
    };

    public static RosterVersionInfo ToVersionInfo(TableEntity entity) => new(
        entity.GetString("VersionId") ?? "",
        entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        entity.GetString("OperatorNumber") ?? "",
        entity.GetString("Summary") ?? "",
        entity.GetInt32("Units") ?? 0,
        entity.GetInt32("People") ?? 0);

    private static string? Checked(string? value, string owner, string property)
    {
        if (value is { Length: > MaxStringLength })
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"{property} of {owner} is {value.Length} characters; a roster field holds at most {MaxStringLength}."));
        }

        return value;
    }
}
