namespace CallWarden.Core.Calendar;

/// <summary>Why a holiday file was refused, with the 1-based line to fix.</summary>
public sealed record CalendarFileError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
