namespace CallWarden.Core.Screening;

/// <summary>No memory of earlier calls: quiet hours hold every call.</summary>
public sealed class NoRecentCalls : IRecentCalls
{
    public static NoRecentCalls Instance { get; } = new();

    private NoRecentCalls()
    {
    }

    public bool TryGetLastCall(long caller, long callee, DateTimeOffset before, out DateTimeOffset at)
    {
        at = default;
        return false;
    }
}
