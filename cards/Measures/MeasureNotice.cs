namespace RectifyBot.Cards.Measures;

/// <summary>
/// A line the bot shows on top of a measure card to say what just happened (the previous answer was recorded, a stale
/// card was refused, nothing was saved): a resource key (<see cref="MeasureNoticeKeys"/>) and its arguments, already
/// plain text. A warning is drawn in the attention colour, anything else in green.
/// </summary>
public sealed record MeasureNotice(string Key, IReadOnlyList<string> Args, bool IsWarning = false)
{
    /// <summary>Something went as asked ("已记录：…").</summary>
    public static MeasureNotice Good(string key, params string[] args) => new(key, args);

    /// <summary>Something was refused or needs attention (a conflict, nothing saved).</summary>
    public static MeasureNotice Warning(string key, params string[] args) => new(key, args, IsWarning: true);
}
