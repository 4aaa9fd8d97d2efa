using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples for the delivery cards (unreachable people): a few from the demo roster, and the longest list.</summary>
internal static class DeliveryCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    public static UnreachableRecipientsReport RealisticUnreachable()
    {
        var roster = DemoRoster.Create();
        var items = roster.ActivePeople.Take(4)
            .Select((p, i) => new UnreachableRecipientsReport.Item(
                new UnreachableRecipient(p.AadObjectId ?? $"00000000-0000-0000-0000-00000000000{i}", At.AddHours(-i), i % 2 == 0 ? 403 : 404, "403 Forbidden", "Outbox/reminders/r" + i),
                p))
            .Append(new UnreachableRecipientsReport.Item(new UnreachableRecipient("11111111-2222-3333-4444-555555555555", At.AddDays(-2), 404, "404 NotFound", "Outbox/reminders/x"), null))
            .ToList();
        return new UnreachableRecipientsReport(roster, items, At);
    }

    public static UnreachableRecipientsReport NoneUnreachable() => new(DemoRoster.Create(), [], At);

    /// <summary>5,000 people, names 20 and unit names 50 characters: thirty are shown, then "and N more".</summary>
    public static UnreachableRecipientsReport LongestUnreachable()
    {
        var units = Enumerable.Range(0, 50).Select(i => new OrganisationUnit($"U{i:D2}", SampleText.Chinese(50), UnitKind.Branch, null)).ToList();
        var people = Enumerable.Range(0, 5000).Select(i => new Person { Number = $"P{i:D12}", Name = SampleText.Chinese(20), PartyUnitCode = $"U{i % 50:D2}" }).ToList();
        var roster = new Core.Roster.Roster(units, people);
        var items = people.Select((p, i) => new UnreachableRecipientsReport.Item(
            new UnreachableRecipient(Guid.NewGuid().ToString(), At.AddMinutes(-i), 403, "403 Forbidden", "Outbox/reminders/r" + i), p)).ToList();
        return new UnreachableRecipientsReport(roster, items, At);
    }
}
