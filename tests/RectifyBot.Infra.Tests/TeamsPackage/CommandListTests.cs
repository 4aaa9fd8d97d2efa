using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;

namespace RectifyBot.Infra.Tests.TeamsPackage;

/// <summary>
/// The manifest's command lists offer only commands the bot knows: a title is what Teams sends when the command is
/// picked, so it must be one of the command's words in that language; the description is the one the help card shows.
/// </summary>
public sealed class CommandListTests : IDisposable
{
    private const int TeamsCommandsPerList = 10;
    private readonly BuiltPackage _package = new();

    private List<(string Title, string Description)> ManifestCommands(int list) =>
        _package.Manifest["bots"]![0]!["commandLists"]![list]!["commands"]!.AsArray()
            .Select(c => ((string)c!["title"]!, (string)c["description"]!)).ToList();

    [Fact]
    public void Every_command_list_has_at_most_ten_commands_and_no_repeats()
    {
        var lists = _package.Manifest["bots"]![0]!["commandLists"]!.AsArray();
        Assert.NotEmpty(lists);
        for (var i = 0; i < lists.Count; i++)
        {
            var titles = ManifestCommands(i).Select(c => c.Title).ToList();
            Assert.InRange(titles.Count, 1, TeamsCommandsPerList);
            Assert.Equal(titles.Count, titles.Distinct().Count());
        }
    }

    [Fact]
    public void Every_zh_CN_command_is_a_known_command_with_its_help_card_description()
    {
        foreach (var (title, description) in ManifestCommands(0))
        {
            var command = KnownCommands.All.SingleOrDefault(c => c.ChineseWords.Contains(title));
            Assert.True(command is not null, $"'{title}' is not a word of any KnownCommand");
            Assert.Same(command, KnownCommands.Match(title));
            Assert.Equal(CardText.Get(UserLanguage.ZhCn, command.DescriptionKey), description);
        }
    }

    [Fact]
    public void Every_English_command_is_the_same_known_command_as_its_zh_CN_counterpart()
    {
        var en = _package.Json("en.json");
        var chinese = ManifestCommands(0);
        for (var i = 0; i < chinese.Count; i++)
        {
            var title = (string?)en[$"bots[0].commandLists[0].commands[{i}].title"];
            var description = (string?)en[$"bots[0].commandLists[0].commands[{i}].description"];
            var command = KnownCommands.Match(chinese[i].Title)!;
            Assert.True(title is not null && command.EnglishWords.Contains(title), $"en.json command {i}: '{title}' is not an English word of '{chinese[i].Title}'");
            Assert.Equal(CardText.Get(UserLanguage.En, command.DescriptionKey), description);
        }

        Assert.DoesNotContain(en, p => p.Key.StartsWith($"bots[0].commandLists[0].commands[{chinese.Count}]", StringComparison.Ordinal));
    }

    public void Dispose() => _package.Dispose();
}
