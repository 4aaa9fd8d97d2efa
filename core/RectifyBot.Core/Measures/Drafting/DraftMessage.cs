namespace RectifyBot.Core.Measures.Drafting;

/// <summary>A message to the member, as a resource key and its arguments: the host localizes it.</summary>
public sealed record DraftMessage(string Key, params object[] Args);
