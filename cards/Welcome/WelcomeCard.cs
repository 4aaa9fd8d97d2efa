using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Welcome;

/// <summary>The first card a user sees, and the answer to "帮助" / "help": what RectifyBot does and what to say to it.</summary>
public static class WelcomeCard
{
    private static readonly string[] WhatItDoesKeys =
    [
        "Welcome_Does_Measures",
        "Welcome_Does_Review",
        "Welcome_Does_Plans",
        "Welcome_Does_Ledger",
        "Welcome_Does_Reminders",
        "Welcome_Does_Surveys",
    ];

    public static AdaptiveCard Build(UserLanguage language)
    {
        string Text(string key) => CardText.Get(language, key);

        CardElement[] body =
        [
            new TextBlock(Text("Welcome_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Text("Welcome_Intro")) { Spacing = Spacing.Small },
            new Container(WhatItDoesKeys.Select(key => new TextBlock("• " + Text(key)) { Spacing = Spacing.Small })),
            new TextBlock(Text("Welcome_Commands_Heading")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true },
            new FactSet(KnownCommands.All.Select(c => new Fact(string.Join(" / ", c.WordsFor(language)), Text(c.DescriptionKey)))),
            new TextBlock(Text("Welcome_Commands_Hint")) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(Text("Welcome_Contact")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        ];

        return new AdaptiveCard(body, [new ExecuteAction(Text("Welcome_HelpButton"), KnownCommands.Help.Verb)]);
    }
}
