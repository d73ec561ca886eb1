namespace CallWarden.Core.Screening;

/// <summary>
/// The memory of recent calls the quiet-hours repeat pass needs, given to the engine so that a
/// decision stays a function of its inputs.
/// </summary>
public interface IRecentCalls
{
    /// <summary>
    /// The latest call from <paramref name="caller"/> to <paramref name="callee"/> (E.164 values)
    /// remembered at <paramref name="before"/>, the time of the call being screened.
    /// </summary>
    bool TryGetLastCall(long caller, long callee, DateTimeOffset before, out DateTimeOffset at);
}
