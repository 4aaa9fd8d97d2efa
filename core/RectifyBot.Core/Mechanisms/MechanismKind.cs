namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// The five long-term mechanisms (长效机制) every secondary Party committee and general branch must establish
/// (DOMAIN.md §6). The names are stored (table keys, supervision subject ids): never rename one.
/// </summary>
public enum MechanismKind
{
    /// <summary>学习机制.</summary>
    Learning,

    /// <summary>管理机制.</summary>
    Management,

    /// <summary>服务群众机制.</summary>
    ServingTheMasses,

    /// <summary>党内生活机制.</summary>
    PartyLife,

    /// <summary>工作责任机制.</summary>
    WorkResponsibility,
}
