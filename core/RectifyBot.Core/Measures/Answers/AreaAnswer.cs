namespace RectifyBot.Core.Measures.Answers;

/// <summary>How a typed problem area was understood.</summary>
public enum AreaAnswer
{
    /// <summary>An area the member may choose.</summary>
    Read,

    /// <summary>A real area the member may not choose (the leadership areas are for leading cadres): the bot says why.</summary>
    NotAllowed,

    /// <summary>Not an area, nor a number in the list.</summary>
    Unreadable,
}
