using Microsoft.Extensions.Options;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests;

/// <summary>A table client factory over the fixture's Azurite with a prefix of its own, so no two tests share a table.</summary>
internal static class StorageTestTables
{
    public static TableClientFactory Create(AzuriteFixture azurite) =>
        new(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.UniquePrefix() }));
}
