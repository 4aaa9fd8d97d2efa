using System.Text.Json;
using Cronos;
using RectifyBot.Core.Stages;
using RectifyBot.Testing;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>The supervision schedules as configured (functions/local.settings.json.example), in UTC, land on the intended China Standard Time hours.</summary>
public sealed class SupervisionSchedulesTests
{
    // Saturday 2026-11-28 00:00 UTC = 08:00 CST.
    private static readonly DateTime From = new(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);

    private static CronExpression Configured(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("functions", "local.settings.json.example")));
        var value = json.RootElement.GetProperty("Values").GetProperty("Schedules__" + name).GetString()!;
        Assert.Equal(6, value.Split(' ').Length);
        return CronExpression.Parse(value, CronFormat.IncludeSeconds);
    }

    private static IEnumerable<DateTimeOffset> NextInChina(string name, int count) =>
        Configured(name).GetOccurrences(From, From.AddDays(30)).Take(count).Select(t => ChinaTime.ToChinaTime(new DateTimeOffset(t, TimeSpan.Zero)));

    private static DateTimeOffset Cst(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Reminders_run_every_day_at_09_00_China_Standard_Time()
    {
        Assert.Equal([Cst(11, 28, 9), Cst(11, 29, 9), Cst(11, 30, 9)], NextInChina("SupervisionReminders", 3));
    }

    [Fact]
    public void Bulletins_run_on_Mondays_at_09_00_China_Standard_Time()
    {
        var runs = NextInChina("SupervisionBulletins", 2).ToList();
        Assert.Equal([Cst(11, 30, 9), Cst(12, 7, 9)], runs);
        Assert.All(runs, r => Assert.Equal(DayOfWeek.Monday, r.DayOfWeek));
    }

    [Fact]
    public void The_index_is_reconciled_nightly_at_02_00_China_Standard_Time_before_the_reminders()
    {
        Assert.Equal([Cst(11, 29, 2), Cst(11, 30, 2)], NextInChina("SupervisionReconcile", 2));
    }
}
