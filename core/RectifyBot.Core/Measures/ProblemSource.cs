namespace RectifyBot.Core.Measures;

/// <summary>Where a problem came from (DOMAIN.md §1).</summary>
public enum ProblemSource
{
    /// <summary>党性分析: the member's party-spirit self-analysis.</summary>
    SelfAnalysis,

    /// <summary>群众意见: the masses' opinions.</summary>
    MassesOpinion,

    /// <summary>组织评议: the organisation's evaluation.</summary>
    OrganisationEvaluation,
}
