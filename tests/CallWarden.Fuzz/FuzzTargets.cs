using CallWarden.Fuzz.Targets;

namespace CallWarden.Fuzz;

/// <summary>
/// Every harness, by the name fuzz/run.sh passes and its seed folder (<c>seeds/&lt;name&gt;</c>) has.
/// Made only once SharpFuzz runs: instrumented code that runs before it has a coverage map to write
/// to fails (constructing the SMS parser already runs Core).
/// </summary>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Func<IFuzzTarget>> All { get; } = new Dictionary<string, Func<IFuzzTarget>>
    {
        ["number"] = () => new NumberTarget(),
        ["sms"] = () => new SmsTarget(),
        ["calltime"] = () => new CallTimeTarget(),
        ["rulepattern"] = () => new RulePatternTarget(),
        ["kannel"] = () => new KannelMoTarget(),
        ["mail"] = () => new MailTarget(),
        ["csv"] = () => new CsvTarget(),
        ["screen"] = () => new ScreenRequestTarget(),
        ["sip"] = () => new SipMessageTarget(),
        ["sdp"] = () => new SdpOfferTarget(),
        ["wav"] = () => new WavTarget(),
        ["prompts"] = () => new PromptTextTarget(),
    };
}
