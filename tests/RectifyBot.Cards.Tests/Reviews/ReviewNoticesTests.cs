using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;

namespace RectifyBot.Cards.Tests.Reviews;

public sealed class ReviewNoticesTests
{
    private static readonly Person Author = new() { Number = "200022", Name = "张伟" };
    private static readonly Person Leader = new() { Number = "100002", Name = "刘洋" };

    [Fact]
    public void The_author_hears_whom_the_office_forwarded_to_named_with_the_number() =>
        Assert.Equal("你的整改措施（第2版）已由校先进办转送给 刘洋（100002） 审核。", ReviewNotices.Forwarded(UserLanguage.ZhCn, 2, Leader));

    [Fact]
    public void The_author_hears_whom_the_office_assigned_after_a_vacancy() =>
        Assert.Contains("已指定 刘洋（100002） 审核", ReviewNotices.Assigned(UserLanguage.ZhCn, 1, Leader), StringComparison.Ordinal);

    [Fact]
    public void A_reroute_tells_the_author_the_old_and_the_new_reviewer()
    {
        Assert.Equal("因名册变动，你的整改措施（第1版）改由 刘洋（100002） 审核。", ReviewNotices.ReroutedForAuthor(UserLanguage.ZhCn, 1, Leader));
        Assert.StartsWith("因名册变动，张伟（200022） 的整改措施改由 刘洋（100002） 审核", ReviewNotices.ReroutedForOldReviewer(UserLanguage.ZhCn, Author, Leader), StringComparison.Ordinal);
        Assert.Contains("改由你审核", ReviewNotices.ReroutedForNewReviewer(UserLanguage.ZhCn, Author), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reroute_to_the_office_says_the_office_assigns_a_reviewer()
    {
        Assert.Contains("暂转校先进办指定审核人", ReviewNotices.ReroutedForAuthor(UserLanguage.ZhCn, 1, null), StringComparison.Ordinal);
        Assert.Contains("暂转校先进办指定审核人", ReviewNotices.ReroutedForOldReviewer(UserLanguage.ZhCn, Author, null), StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_the_notices_are_English_with_the_names_as_given()
    {
        var texts = new[]
        {
            ReviewNotices.Forwarded(UserLanguage.En, 2, Leader with { Name = "Liu Yang" }),
            ReviewNotices.Assigned(UserLanguage.En, 2, Leader with { Name = "Liu Yang" }),
            ReviewNotices.ReroutedForAuthor(UserLanguage.En, 2, null),
            ReviewNotices.ReroutedForOldReviewer(UserLanguage.En, Author with { Name = "Zhang Wei" }, Leader with { Name = "Liu Yang" }),
        };

        Assert.All(texts, t => Assert.Equal(0, TextHelpers.ChineseCount(t)));
        Assert.Equal("The office forwarded your rectification measures (version 2) to Liu Yang (100002) for review.", texts[0]);
    }
}
