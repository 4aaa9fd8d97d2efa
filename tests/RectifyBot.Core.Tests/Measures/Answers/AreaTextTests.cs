using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class AreaTextTests
{
    private static readonly ProblemArea[] Member = [ProblemArea.Thought, ProblemArea.Work, ProblemArea.Style, ProblemArea.Discipline];
    private static readonly ProblemArea[] LeadingCadre = Enum.GetValues<ProblemArea>();

    [Theory]
    [InlineData("思想", ProblemArea.Thought)]
    [InlineData("思想方面", ProblemArea.Thought)]
    [InlineData("工作", ProblemArea.Work)]
    [InlineData("工作方面的问题", ProblemArea.Work)]
    [InlineData("作风", ProblemArea.Style)]
    [InlineData("作风问题", ProblemArea.Style)]
    [InlineData("作风上的问题", ProblemArea.Style)]
    [InlineData("纪律。", ProblemArea.Discipline)]
    [InlineData("领导作风", ProblemArea.LeadershipStyle)]
    [InlineData("领导作风方面", ProblemArea.LeadershipStyle)]
    [InlineData("服务群众", ProblemArea.ServingMasses)]
    [InlineData("从严治党问题", ProblemArea.StrictGovernance)]
    [InlineData("Thought", ProblemArea.Thought)]
    [InlineData("WORK", ProblemArea.Work)]
    [InlineData("style", ProblemArea.Style)]
    [InlineData("discipline", ProblemArea.Discipline)]
    [InlineData("Leadership  style", ProblemArea.LeadershipStyle)]
    [InlineData("serving the masses", ProblemArea.ServingMasses)]
    [InlineData("strict governance", ProblemArea.StrictGovernance)]
    [InlineData("1", ProblemArea.Thought)]
    [InlineData("３", ProblemArea.Style)]
    [InlineData("5", ProblemArea.LeadershipStyle)]
    [InlineData("7", ProblemArea.StrictGovernance)]
    public void Areas_are_read_by_name_or_number(string text, ProblemArea expected) =>
        Assert.Equal(new AreaReading(AreaAnswer.Read, expected), AreaText.Read(text, LeadingCadre));

    [Theory]
    [InlineData("领导作风", ProblemArea.LeadershipStyle)]
    [InlineData("服务群众方面", ProblemArea.ServingMasses)]
    [InlineData("strict governance", ProblemArea.StrictGovernance)]
    public void A_leadership_area_typed_by_an_ordinary_member_is_not_allowed_and_not_read_as_style(string text, ProblemArea expected) =>
        Assert.Equal(new AreaReading(AreaAnswer.NotAllowed, expected), AreaText.Read(text, Member));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("生活")]
    [InlineData("我的作风")]
    [InlineData("作风和纪律")]
    [InlineData("方面")]
    public void Anything_else_is_unreadable(string? text) =>
        Assert.Equal(AreaReading.Unreadable, AreaText.Read(text, Member));
}
