namespace RectifyBot.Functions.DevRunner.Discovery;

public enum TriggerKind
{
    Timer,
    Queue,
    Http,
}
