using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Cards.Welcome;
using RectifyBot.Core.Access;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Functions.Roster;
using RectifyBot.Storage.Delivery;

namespace RectifyBot.Functions.Health;

/// <summary>
/// POST /api/admin/smoke-check?operator=NUMBER (function key): the deployment's last step. Sends the operator — campaign
/// office staff who has opened RectifyBot in Teams — a welcome card the way every reminder goes (outbox row, delivery
/// queue, <c>SendOutboxMessage</c>, the Bot Connector) and waits up to 30 s for the outcome, so one call proves the
/// bot's identity, the storage, the queue trigger and the Teams channel work together. The answer says what to fix.
/// </summary>
public sealed class SmokeCheck(IRosterRepository roster, IConversationAddressBook addresses, IOutbox outbox, IDeliveryQueue queue, TimeProvider time)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    [Function("SmokeCheck")]
    public async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/smoke-check")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        if (AdminOperator.NumberOf(request) is not { } number)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The operator's staff number is required: ?operator= or the {AdminOperator.Header} header.");
        }

        var person = await roster.FindByNumberAsync(number, cancellationToken).ConfigureAwait(false);
        if (person is null || !AccessPolicy.IsOffice(person))
        {
            return Problem(StatusCodes.Status403Forbidden, $"{number} is not active campaign office staff in the current roster: import the roster with the office's staff first.");
        }

        var address = person.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        if (address is null)
        {
            return Problem(StatusCodes.Status409Conflict, $"{number} has not opened RectifyBot in Teams yet (no conversation to send to): install the app, say 帮助 to the bot, then run the check again.");
        }

        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            Id = new OutboxMessageId(TableOutbox.DefaultTable, "smoke-check", $"{number}:{now.UtcTicks}"),
            RecipientAadObjectId = address.AadObjectId,
            Message = OutgoingMessage.Card(WelcomeCard.Build(UserLanguages.FromLocale(address.Locale)).ToJson()),
            Cause = $"smoke check by {number}",
            CreatedAt = now,
        };
        await outbox.AddAsync(message, cancellationToken).ConfigureAwait(false);
        await queue.EnqueueAsync(message.Id, cancellationToken).ConfigureAwait(false);

        var deadline = now + Wait;
        var stored = message;
        while (stored.Status is OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Failed && time.GetUtcNow() < deadline)
        {
            await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
            stored = await outbox.FindAsync(message.Id, cancellationToken).ConfigureAwait(false) ?? stored;
        }

        var result = new SmokeCheckResult(stored.Status.ToString(), message.Id.ToString(), stored.Attempts, stored.LastError, Advice(stored.Status));
        return new ObjectResult(result) { StatusCode = stored.Status == OutboxStatus.Sent ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway };
    }

    private static string Advice(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "A welcome card is in your RectifyBot chat in Teams: the deployment works.",
        OutboxStatus.Pending => "Nothing picked the message up: is SendOutboxMessage running, and does AzureWebJobsStorage point to the same storage account as Storage:*?",
        OutboxStatus.Sending or OutboxStatus.Failed => "The send did not finish: see lastError and the functions app's logs (MicrosoftAppId, the bot's credential, the Teams channel).",
        OutboxStatus.Undeliverable => "Teams refused the message: see lastError (403: the app is not installed for you or the bot is blocked; 401: the bot's credential).",
        _ => "The outcome is unknown: see lastError and the functions app's logs.",
    };

    private static ObjectResult Problem(int status, string error) => new(new { error }) { StatusCode = status };
}
