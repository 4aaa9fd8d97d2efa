using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// The supervision sweep chases a committee's summary report (issue 9) as the Functions host runs it, day by day on a
/// fake clock: due at the stage end (12-31), its principal leader is reminded 7 and 1 days before and on the first
/// day after, the office hears once after 3 full days overdue, and once the report is submitted nothing more comes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryReportSupervisionTests(AzuriteFixture azurite)
{
    private const string Office = "O001";

    private static string ReportKey(ReminderKind reminder, DateOnly day) => Key(ObligationKinds.SummaryReportNotSubmitted, Committee, reminder, day);

    [Fact]
    public async Task An_unsubmitted_summary_report_is_chased_and_escalated_to_the_office_and_the_chasing_stops_after_submission()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 20), [Member(Office, "王芳", Branch, new PositionHolding(Position.OfficeStaff))]);
        var submitting = ActivatorUtilities.CreateInstance<SummaryReportSubmitting>(world.Services);
        var roster = await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();

        for (var day = D(2026, 12, 20); day <= D(2027, 1, 20); day = day.AddDays(1))
        {
            await world.DayAsync(day);
            if (day == D(2027, 1, 5))
            {
                // Afternoon: 林书记 sends the final version.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(15));
                var (result, submission) = await submitting.SubmitAsync(roster.Person(Leader)!, Committee, "总结报告.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
                Assert.Equal(SummaryReportSubmitResult.Submitted, result);
                Assert.Equal((Leader, world.Clock.GetUtcNow()), (submission!.SubmittedByNumber, submission.SubmittedAt));
            }
        }

        var sent = world.Sent().Where(s => s.Key.StartsWith(ObligationKinds.SummaryReportNotSubmitted + "|", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                (Leader, D(2026, 12, 24), ReportKey(ReminderKind.DueSoon, D(2026, 12, 24))),
                (Leader, D(2026, 12, 30), ReportKey(ReminderKind.DueSoon, D(2026, 12, 30))),
                (Leader, D(2027, 1, 1), ReportKey(ReminderKind.Overdue, D(2027, 1, 1))),
                (Office, D(2027, 1, 4), ReportKey(ReminderKind.Escalation, D(2027, 1, 4))),
            ],
            sent.OrderBy(s => s.Day).ThenBy(s => s.Recipient, StringComparer.Ordinal));
        var stored = await world.Services.GetRequiredService<ISummaryReportStore>().ReadAsync(Committee);
        Assert.Equal([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], stored);
    }

    [Fact]
    public async Task Only_the_units_leaders_or_the_office_submit_and_only_a_Word_document()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 20));
        var submitting = ActivatorUtilities.CreateInstance<SummaryReportSubmitting>(world.Services);
        var roster = await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
        byte[] docx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00];

        Assert.Equal(SummaryReportSubmitResult.Refused, (await submitting.SubmitAsync(roster.Person(ZhangWei)!, Committee, "总结报告.docx", docx)).Result);
        Assert.Equal(SummaryReportSubmitResult.NotAWordDocument, (await submitting.SubmitAsync(roster.Person(Leader)!, Committee, "总结报告.pdf", docx)).Result);
        Assert.Equal(SummaryReportSubmitResult.NotAWordDocument, (await submitting.SubmitAsync(roster.Person(Leader)!, Committee, "总结报告.docx", [1, 2, 3, 4, 5])).Result);
        Assert.Equal(SummaryReportSubmitResult.NotAReportingUnit, (await submitting.SubmitAsync(roster.Person(Leader)!, Branch, "总结报告.docx", docx)).Result);
        Assert.Null(await world.Services.GetRequiredService<ISummaryReportStore>().FindAsync(Committee));
    }
}
