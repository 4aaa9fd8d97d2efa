namespace RectifyBot.Core.Installation;

/// <summary>
/// What one proactive installation run did: how many people were unreachable, the outcome counts, who has no Teams
/// account in the roster (no UPN) and who could not be installed (to check in the roster or the tenant).
/// </summary>
public sealed record ProactiveInstallationResult(
    ProactiveInstallationRefusal? Refusal,
    int Candidates,
    IReadOnlyDictionary<AppInstallOutcome, int> Counts,
    IReadOnlyList<string> WithoutAccount,
    IReadOnlyList<string> NotInstalled,
    string? OperatorNumber,
    DateTimeOffset? At)
{
    public static ProactiveInstallationResult Refused(ProactiveInstallationRefusal refusal) =>
        new(refusal, 0, new Dictionary<AppInstallOutcome, int>(), [], [], null, null);
}
