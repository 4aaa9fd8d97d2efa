using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>xunit finds collection definitions only in the test assembly: this binds the shared Azurite fixture here.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
