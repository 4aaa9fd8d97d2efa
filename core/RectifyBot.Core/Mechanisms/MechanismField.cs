namespace RectifyBot.Core.Mechanisms;

/// <summary>The fields of a mechanism's form, for errors next to the field.</summary>
public enum MechanismField
{
    Kind,
    Status,
    Document,
    Link,
}
