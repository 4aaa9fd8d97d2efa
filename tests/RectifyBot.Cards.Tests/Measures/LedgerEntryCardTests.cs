using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Tests.Measures.MeasureTestData;

namespace RectifyBot.Cards.Tests.Measures;

public sealed class LedgerEntryCardTests
{
    private static readonly DateOnly Today = new(2027, 1, 12);

    private static LedgerEntry WithNotes(int count) => Entry("200022|v1|p0", new(2027, 1, 31)) with
    {
        Progress = [.. Enumerable.Range(0, count).Select(i => new ProgressNote(At.AddDays(i), Author, "note " + i, i == 0 ? "https://example.edu.cn/e.pdf" : null))],
    };

    [Fact]
    public void Progress_notes_are_newest_first_at_most_ten_with_how_many_earlier_ones_are_left_out()
    {
        var card = new CardJsonQuery(LedgerEntryCard.Build(UserLanguage.En, new LedgerEntryView(WithNotes(13), Today)));

        var notes = card.Texts.Where(t => t.StartsWith("note ", StringComparison.Ordinal)).ToList();
        Assert.Equal([.. Enumerable.Range(3, 10).Reverse().Select(i => "note " + i)], notes);
        Assert.Contains("…and 3 earlier note(s).", card.Texts);
    }

    [Fact]
    public void An_open_entry_has_the_progress_form_limited_as_the_server_limits_and_both_buttons_carry_the_entry()
    {
        var card = new CardJsonQuery(LedgerEntryCard.Build(UserLanguage.ZhCn, new LedgerEntryView(WithNotes(1), Today)));

        Assert.Equal(MeasureLimits.ProgressNote, (int?)card.Input(LedgerEntryCard.NoteField)["maxLength"]);
        Assert.True((bool?)card.Input(LedgerEntryCard.NoteField)["isMultiline"]);
        Assert.Equal(MeasureLimits.EvidenceLink, (int?)card.Input(LedgerEntryCard.EvidenceLinkField)["maxLength"]);
        Assert.Equal(card.IndexOf(card.Input(LedgerEntryCard.NoteField)) - 1, card.IndexOfText("进展情况（最多1000字）"));
        Assert.Equal([LedgerEntryCard.ProgressVerb, LedgerEntryCard.DoneVerb], card.Verbs);
        Assert.All(card.Actions, a => Assert.Equal("200022|v1|p0", CardJsonQuery.Data(a, LedgerEntryCard.EntryKey)));
        Assert.Contains("进行中", card.AllText, StringComparison.Ordinal);
        Assert.Contains("佐证材料：https://example.edu.cn/e.pdf", card.Texts);
        Assert.Empty(CardRules.Problems(card.Json));
    }

    [Fact]
    public void A_refused_note_keeps_the_values_as_typed_with_errors_under_their_fields()
    {
        var form = new LedgerProgressForm("my note", "http://not-https", new Dictionary<string, IReadOnlyList<string>>
        {
            [LedgerEntryCard.EvidenceLinkField] = ["链接须以 https:// 开头"],
        }, MeasureNotice.Warning(MeasureNoticeKeys.NotSaved));
        var card = new CardJsonQuery(LedgerEntryCard.Build(UserLanguage.ZhCn, new LedgerEntryView(WithNotes(0), Today) { Form = form }));

        Assert.Equal("my note", (string?)card.Input(LedgerEntryCard.NoteField)["value"]);
        var link = card.Input(LedgerEntryCard.EvidenceLinkField);
        Assert.Equal("http://not-https", (string?)link["value"]);
        Assert.Equal(card.IndexOf(link) + 1, card.IndexOfText("链接须以 https:// 开头"));
        Assert.Contains("还没有记录进展。", card.Texts);
    }

    [Fact]
    public void A_done_entry_shows_when_and_whether_late_and_has_no_form_or_buttons()
    {
        var done = WithNotes(1) with { Status = LedgerEntryStatus.Done, CompletedAt = new DateTimeOffset(2027, 2, 1, 2, 0, 0, TimeSpan.Zero), CompletedOnTime = false };

        var card = new CardJsonQuery(LedgerEntryCard.Build(UserLanguage.ZhCn, new LedgerEntryView(done, Today)));

        Assert.Empty(card.Inputs);
        Assert.Empty(card.Actions);
        Assert.Contains(card.Facts, f => f.Value == "已完成（逾期完成）");
        Assert.Contains(card.Facts, f => f.Value == "2027-02-01 10:00");
    }

    [Fact]
    public void An_open_entry_past_its_deadline_shows_as_overdue() =>
        Assert.Contains("Overdue", new CardJsonQuery(LedgerEntryCard.Build(UserLanguage.En, new LedgerEntryView(WithNotes(0), new(2027, 2, 1)))).AllText, StringComparison.Ordinal);

    [Fact]
    public void A_note_written_on_several_lines_shows_on_several_lines()
    {
        var entry = WithNotes(0) with { Progress = [new ProgressNote(At, Author, "first line\nsecond line", null)] };

        var card = new CardJsonQuery(LedgerEntryCard.Build(UserLanguage.En, new LedgerEntryView(entry, Today)));

        // A TextBlock is markdown: a single line break would be a space.
        Assert.Contains("first line\n\nsecond line", card.Texts);
    }
}
