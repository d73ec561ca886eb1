using BenchmarkDotNet.Attributes;
using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;

namespace CallWarden.Bench.Numbers;

/// <summary>What attributing one number costs: it runs at intake and case routing, never per screened call.</summary>
[MemoryDiagnoser]
public class NumberAttributorBenchmarks
{
    private static readonly PhoneNumber Mobile = new(8613912345678, NumberKind.Mobile);
    private static readonly PhoneNumber Landline = new(8675588889999, NumberKind.FixedLine);

    private readonly NumberAttributor _attributor = new(CarrierOverrides.Parse("8613900000000,china_unicom"));

    [Benchmark(Baseline = true)]
    public NumberAttribution Mobile_zh_Hans() => _attributor.Attribute(Mobile, DisplayLanguage.ZhHans);

    [Benchmark]
    public NumberAttribution Mobile_en() => _attributor.Attribute(Mobile, DisplayLanguage.En);

    [Benchmark]
    public NumberAttribution Landline_zh_Hant() => _attributor.Attribute(Landline, DisplayLanguage.ZhHant);
}
