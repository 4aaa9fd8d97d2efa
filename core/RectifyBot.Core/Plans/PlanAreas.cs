namespace RectifyBot.Core.Plans;

/// <summary>The seed's examples of areas (DOMAIN.md §2): the list the office starts from and may edit.</summary>
public static class PlanAreas
{
    public static IReadOnlyList<PlanArea> Seeded { get; } =
    [
        new("teaching", "办学方向和办学质量", "Direction and quality of teaching"),
        new("research", "科研水平", "Research"),
        new("ethics", "师德校风", "Teaching ethics and campus culture"),
        new("medical", "医德医风", "Medical ethics"),
        new("campus", "校园环境", "Campus environment"),
        new("education", "党员教育管理", "Member education and management"),
        new("membership", "党员队伍建设", "Building the membership"),
        new("concerns", "群众关心的热点难点", "The masses' hot and hard issues"),
    ];

    /// <summary>The office's list where it has one, else the seeded list; retired areas are not offered.</summary>
    public static IReadOnlyList<PlanArea> Offered(IReadOnlyList<PlanArea> saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return [.. (saved.Count == 0 ? Seeded : saved).Where(a => !a.Retired)];
    }
}
