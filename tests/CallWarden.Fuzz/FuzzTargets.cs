using CallWarden.Fuzz.Targets;

namespace CallWarden.Fuzz;

/// <summary>Every harness, by the name fuzz/run.sh passes.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
    [
        new NumberTarget(),
        new SmsTarget(),
        new CallTimeTarget(),
        new RulePatternTarget(),
        new KannelMoTarget(),
        new MailTarget(),
        new CsvTarget(),
        new ScreenRequestTarget(),
    ];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
