using System.Globalization;
using System.Text.RegularExpressions;

namespace CallWarden.System.Tests.Screening;

/// <summary>
/// One block decision as deploy/kamailio/kamailio.cfg logs it:
/// <c>BLOCK &lt;action&gt; &lt;caller&gt; -&gt; &lt;callee&gt; rule=&lt;rule&gt; node=sip:&lt;host&gt;:&lt;port&gt; ci=&lt;Call-ID&gt;</c>.
/// </summary>
internal sealed partial record KamailioDecision(string Action, string Caller, string Callee, string Rule, int NodePort, string CallId)
{
    /// <summary>Every block decision in Kamailio's log, in the order logged.</summary>
    public static IReadOnlyList<KamailioDecision> BlocksIn(string log) =>
        [.. BlockLine().Matches(log).Select(m => new KamailioDecision(
            m.Groups["action"].Value, m.Groups["caller"].Value, m.Groups["callee"].Value, m.Groups["rule"].Value,
            int.Parse(m.Groups["port"].Value, CultureInfo.InvariantCulture), m.Groups["ci"].Value))];

    [GeneratedRegex(@"BLOCK (?<action>\S+) (?<caller>\S+) -> (?<callee>\S+) rule=(?<rule>\S*) node=sip:[^:\s]+:(?<port>\d+) ci=(?<ci>\S+)")]
    private static partial Regex BlockLine();
}
