using RectifyBot.Core.Conversations;
using RectifyBot.Storage.Conversations;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Conversations;

[Collection(AzuriteCollection.Name)]
public sealed class TableConversationAddressBookTests(AzuriteFixture azurite)
{
    private static ConversationAddress Address(string aad, string conversationId, DateTimeOffset updatedAt) => new(
        AadObjectId: aad,
        TenantId: "tenant-1",
        ChannelId: "msteams",
        ConversationId: conversationId,
        ServiceUrl: "https://smba.trafficmanager.net/apac/",
        Locale: "zh-CN",
        ReferenceJson: "{\"conversation\":{\"id\":\"" + conversationId + "\"},\"user\":{\"name\":\"张三\"}}",
        UpdatedAt: updatedAt);

    [Fact]
    public async Task A_saved_address_is_found_by_the_persons_aad_object_id()
    {
        var book = new TableConversationAddressBook(StorageTestTables.Create(azurite));
        var aad = Guid.NewGuid().ToString();
        var address = Address(aad, "a:1conversation", new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

        await book.SaveAsync(address);

        Assert.Equal(address, await book.FindAsync(aad));
    }

    [Fact]
    public async Task Saving_again_replaces_the_address_with_the_newer_one()
    {
        var book = new TableConversationAddressBook(StorageTestTables.Create(azurite));
        var aad = Guid.NewGuid().ToString();
        await book.SaveAsync(Address(aad, "a:old", new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)));
        var refreshed = Address(aad, "a:new", new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero)) with { Locale = null, TenantId = null };

        await book.SaveAsync(refreshed);

        Assert.Equal(refreshed, await book.FindAsync(aad));
    }

    [Fact]
    public async Task Nobody_is_found_for_an_unknown_person()
    {
        var book = new TableConversationAddressBook(StorageTestTables.Create(azurite));

        Assert.Null(await book.FindAsync(Guid.NewGuid().ToString()));
    }
}
