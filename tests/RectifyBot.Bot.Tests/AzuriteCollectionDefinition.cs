using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests;

/// <summary>xUnit v2 finds collection definitions only in the test assembly itself, so each test project declares the shared Azurite collection.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
