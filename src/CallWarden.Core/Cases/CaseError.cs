namespace CallWarden.Core.Cases;

/// <summary>A change the case refused, with a message fit to show the person who asked for it.</summary>
public sealed record CaseError(CaseErrorCode Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
