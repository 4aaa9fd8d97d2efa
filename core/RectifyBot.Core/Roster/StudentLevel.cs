namespace RectifyBot.Core.Roster;

public enum StudentLevel
{
    Undergraduate,
    Graduate,
}
