namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// The Chinese names where no user's language applies: exported files (the office's working language) and the titles
/// of supervision obligations, which carry no language. Cards use the resx names.
/// </summary>
public static class MechanismNames
{
    public static string Chinese(MechanismKind kind) => kind switch
    {
        MechanismKind.Learning => "学习机制",
        MechanismKind.Management => "管理机制",
        MechanismKind.ServingTheMasses => "服务群众机制",
        MechanismKind.PartyLife => "党内生活机制",
        _ => "工作责任机制",
    };

    public static string Chinese(MechanismStatus status) => status switch
    {
        MechanismStatus.Established => "已建立",
        MechanismStatus.InProgress => "建立中",
        _ => "未建立",
    };
}
