using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("党性分析", ProblemSource.SelfAnalysis)]
    [InlineData("自我剖析", ProblemSource.SelfAnalysis)]
    [InlineData("自己", ProblemSource.SelfAnalysis)]
    [InlineData("Self", ProblemSource.SelfAnalysis)]
    [InlineData("self-analysis", ProblemSource.SelfAnalysis)]
    [InlineData("1", ProblemSource.SelfAnalysis)]
    [InlineData("群众意见", ProblemSource.MassesOpinion)]
    [InlineData("群众。", ProblemSource.MassesOpinion)]
    [InlineData("masses", ProblemSource.MassesOpinion)]
    [InlineData("２", ProblemSource.MassesOpinion)]
    [InlineData("组织评议", ProblemSource.OrganisationEvaluation)]
    [InlineData("组织", ProblemSource.OrganisationEvaluation)]
    [InlineData("organisation", ProblemSource.OrganisationEvaluation)]
    [InlineData("Organization", ProblemSource.OrganisationEvaluation)]
    [InlineData("3", ProblemSource.OrganisationEvaluation)]
    public void Sources_are_read_by_name_or_number(string text, ProblemSource expected) =>
        Assert.Equal(expected, SourceText.Read(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("同事")]
    [InlineData("群众和组织")]
    public void Anything_else_is_not_a_source(string? text) =>
        Assert.Null(SourceText.Read(text));
}
