using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Identity;

/// <summary>What binding a Teams user to the roster found.</summary>
public abstract record IdentityBinding
{
    private IdentityBinding() { }

    /// <summary>The roster person, bound earlier or just now.</summary>
    public sealed record Bound(Person Person, bool JustNow) : IdentityBinding;

    /// <summary>The Teams user matches nobody in the roster: they are told to contact the campaign office.</summary>
    public sealed record NotInRoster(TeamsIdentity Identity) : IdentityBinding;

    /// <summary>No roster has been imported yet: nobody can be bound, and nobody is turned away.</summary>
    public sealed record NoRosterYet : IdentityBinding;

    /// <summary>The channel could not say who the user is (e.g. the member lookup failed); try again next turn.</summary>
    public sealed record Unknown : IdentityBinding;
}
