using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

/// <summary>Recent-call memory backed by a dictionary, for tests.</summary>
internal sealed class RecentCallTable(Dictionary<(long Caller, long Callee), DateTimeOffset> last) : IRecentCalls
{
    public bool TryGetLastCall(long caller, long callee, DateTimeOffset before, out DateTimeOffset at) => last.TryGetValue((caller, callee), out at);
}
