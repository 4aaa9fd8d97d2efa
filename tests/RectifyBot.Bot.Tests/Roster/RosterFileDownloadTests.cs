using RectifyBot.Bot.Roster;

namespace RectifyBot.Bot.Tests.Roster;

public class RosterFileDownloadTests
{
    [Theory]
    [InlineData("https://lakeside.sharepoint.com/personal/wangfang/roster.xlsx", true)]
    [InlineData("http://127.0.0.1:5123/files/roster.xlsx", true)]
    [InlineData("http://localhost:5123/files/roster.xlsx", true)]
    [InlineData("http://files.example.org/roster.xlsx", false)]
    [InlineData("ftp://files.example.org/roster.xlsx", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Files_are_fetched_over_https_or_from_this_machine_only(string url, bool trusted)
    {
        Assert.Equal(trusted, RosterFileImportCommand.IsTrustedDownload(new Uri(url)));
    }
}
