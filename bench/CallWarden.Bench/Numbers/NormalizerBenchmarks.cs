using System.Globalization;
using BenchmarkDotNet.Attributes;
using CallWarden.Core.Numbers;
using PhoneNumbers;

namespace CallWarden.Bench.Numbers;

/// <summary>
/// The fast path against libphonenumber doing the same work (Parse + IsValidNumber + GetNumberType)
/// on the same 1,024 distinct inputs of one shape per run, so branch prediction cannot learn one number.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class NormalizerBenchmarks
{
    private const int Count = 1024;

    private readonly PhoneNumberUtil _util = PhoneNumberUtil.GetInstance();
    private string[] _inputs = [];
    private string _region = "CN";

    /// <summary>
    /// One shape each (issue #12 part 6): the plain shapes, then the trunk 0 with a dash and with
    /// brackets, +86 with the area code, 0086, +86 with the trunk wrongly kept, an IP prefix before a
    /// mobile and before a trunk landline (which libphonenumber reads as no number).
    /// </summary>
    [Params("E164", "CnMobile", "Nanp", "TrunkDash", "TrunkBrackets", "PlusAreaCode", "Idd0086", "PlusTrunkKept", "IpMobile", "IpTrunkLandline")]
    public string Shape { get; set; } = "E164";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] mobilePrefixes = ["139", "138", "186", "189", "150", "177", "199", "136"];
        string[] areas = ["10", "21", "755", "571", "28", "731"];
        string[] ips = ["17951", "17911", "17909", "12593"];
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        string Mobile() => mobilePrefixes[random.Next(mobilePrefixes.Length)] + Digits(8);
        string Area() => areas[random.Next(areas.Length)];
        string Subscriber(string area) => "8" + Digits(area.Length == 2 ? 7 : 6);
        string Ip() => ips[random.Next(ips.Length)];
        string Landline(Func<string, string, string> write)
        {
            var area = Area();
            return write(area, Subscriber(area));
        }

        Func<string> next = Shape switch
        {
            "E164" => () => "+86" + Mobile(),
            "CnMobile" => Mobile,
            "Nanp" => () => new[] { "202", "212", "415", "646", "312", "617" }[random.Next(6)] + random.Next(2, 10).ToString(CultureInfo.InvariantCulture) + Digits(6),
            "TrunkDash" => () => Landline((a, n) => "0" + a + "-" + n),
            "TrunkBrackets" => () => Landline((a, n) => "(0" + a + ")" + n),
            "PlusAreaCode" => () => Landline((a, n) => "+86 " + a + " " + n),
            "Idd0086" => () => Landline((a, n) => "0086 " + a + " " + n),
            "PlusTrunkKept" => () => Landline((a, n) => "+86 0" + a + " " + n),
            "IpMobile" => () => Ip() + " " + Mobile(),
            _ => () => Landline((a, n) => Ip() + " 0" + a + " " + n),
        };
        _region = Shape == "Nanp" ? "US" : "CN";

        // Valid numbers only (random subscriber digits can fall in unallocated blocks) — but an IP prefix
        // before a trunk landline is never valid for libphonenumber — and both sides must be answering
        // the same question with the same answer.
        var inputs = new List<string>(Count);
        while (inputs.Count < Count)
        {
            var input = next();
            var number = PhoneNumberNormalizer.Default.Normalize(input, _region);
            if (number != PhoneNumberNormalizer.Default.NormalizeSlow(input, _region))
            {
                throw new InvalidOperationException($"Benchmark input {input}: the fast path and libphonenumber disagree.");
            }

            if (number.IsValid || Shape == "IpTrunkLandline")
            {
                inputs.Add(input);
            }
        }

        _inputs = [.. inputs];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int LibPhoneNumber()
    {
        var valid = 0;
        foreach (var input in _inputs)
        {
            var parsed = _util.Parse(input, _region);
            if (_util.IsValidNumber(parsed) && _util.GetNumberType(parsed) != PhoneNumberType.UNKNOWN)
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int CallWarden()
    {
        var valid = 0;
        foreach (var input in _inputs)
        {
            if (PhoneNumberNormalizer.Default.Normalize(input, _region).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }
}
