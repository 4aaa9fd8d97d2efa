namespace RectifyBot.Core.Measures;

/// <summary>The area a problem lies in (DOMAIN.md §1). The last three are for leading cadres only.</summary>
public enum ProblemArea
{
    /// <summary>思想</summary>
    Thought,

    /// <summary>工作</summary>
    Work,

    /// <summary>作风</summary>
    Style,

    /// <summary>纪律</summary>
    Discipline,

    /// <summary>领导作风 (leading cadres)</summary>
    LeadershipStyle,

    /// <summary>服务群众 (leading cadres)</summary>
    ServingMasses,

    /// <summary>从严治党 (leading cadres)</summary>
    StrictGovernance,
}
