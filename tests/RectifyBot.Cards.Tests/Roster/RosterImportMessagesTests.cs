using System.Text.RegularExpressions;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Roster;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Cards.Tests.Roster;

public sealed partial class RosterImportMessagesTests
{
    public static TheoryData<RosterImportErrorCode, UserLanguage> EveryCodeInEveryLanguage()
    {
        var data = new TheoryData<RosterImportErrorCode, UserLanguage>();
        foreach (var code in Enum.GetValues<RosterImportErrorCode>())
        {
            foreach (var language in Enum.GetValues<UserLanguage>())
            {
                data.Add(code, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeInEveryLanguage))]
    public void Every_error_code_has_a_message_in_every_language_with_no_placeholder_left(RosterImportErrorCode code, UserLanguage language)
    {
        var message = RosterImportMessages.Describe(language, new RosterImportError(code, "人员", 7, "党组织编码", "U999"));

        Assert.DoesNotMatch(Placeholder(), message);
        Assert.True(message.Length > 20, message);
    }

    [Fact]
    public void Messages_use_only_the_four_documented_arguments()
    {
        foreach (var code in Enum.GetValues<RosterImportErrorCode>())
        {
            foreach (var language in Enum.GetValues<UserLanguage>())
            {
                var text = CardText.Get(language, RosterImportMessages.KeyFor(code));
                Assert.All(Placeholder().Matches(text), m => Assert.InRange(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, 3));
            }
        }
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "第 7 行", "“党组织编码”", "“U999”", "请先在“单位”表中添加该单位")]
    [InlineData(UserLanguage.En, "row 7", "\"党组织编码\"", "\"U999\"", "Add the unit to the 单位 sheet first")]
    public void An_unknown_unit_says_where_what_and_how_to_fix_it(UserLanguage language, params string[] parts)
    {
        var message = RosterImportMessages.Describe(language, new RosterImportError(RosterImportErrorCode.UnknownUnit, "人员", 7, "党组织编码", "U999"));

        Assert.All(parts, p => Assert.Contains(p, message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_in_scientific_notation_asks_to_format_the_column_as_text()
    {
        var message = RosterImportMessages.Describe(UserLanguage.ZhCn, new RosterImportError(RosterImportErrorCode.NumberInScientificNotation, "人员", 3, "工号/学号", "2.02103E+11"));

        Assert.Contains("“文本”格式", message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_described_in_file_order()
    {
        var messages = RosterImportMessages.DescribeAll(UserLanguage.En,
        [
            new RosterImportError(RosterImportErrorCode.MissingName, "人员", 9, "姓名"),
            new RosterImportError(RosterImportErrorCode.MissingIdentity, "人员", 4, "工号/学号"),
        ]);

        Assert.Contains("row 4", messages[0], StringComparison.Ordinal);
        Assert.Contains("row 9", messages[1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
