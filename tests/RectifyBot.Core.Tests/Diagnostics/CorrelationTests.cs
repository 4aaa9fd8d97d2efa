using RectifyBot.Core.Delivery;
using RectifyBot.Core.Diagnostics;

namespace RectifyBot.Core.Tests.Diagnostics;

public sealed class CorrelationTests
{
    private static OutboxMessage Message() => new()
    {
        Id = new OutboxMessageId("Outbox", "p", "r"),
        RecipientAadObjectId = "aad",
        Message = OutgoingMessage.PlainText("提醒"),
        Cause = "test",
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void An_outbox_message_written_in_an_operation_carries_its_id_and_one_written_outside_carries_none()
    {
        Assert.Null(Message().CorrelationId);
        using var turn = Correlation.Start("Turn");
        Assert.Equal(turn.TraceId.ToHexString(), Message().CorrelationId);
    }

    [Fact]
    public void Continuing_a_stored_id_logs_under_that_id()
    {
        const string Stored = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var send = Correlation.Continue("OutboxDelivery", Stored);
        Assert.Equal(Stored, Correlation.CurrentId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-trace-id")]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("4BF92F3577B34DA6A3CE929D0E0E4736")]
    public void A_missing_or_malformed_id_starts_a_fresh_operation(string? stored)
    {
        using var send = Correlation.Continue("OutboxDelivery", stored);
        Assert.Matches("^[0-9a-f]{32}$", Correlation.CurrentId);
        Assert.NotEqual(stored, Correlation.CurrentId);
    }
}
