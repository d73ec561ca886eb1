using CallWarden.Core.Numbers;

namespace CallWarden.Voice.ReportLine;

/// <summary>The report line and its prompts (configuration section <c>Channels:Voice:ReportLine</c>).</summary>
public sealed class ReportLineOptions
{
    public const string Section = "Channels:Voice:ReportLine";

    /// <summary>The centre's report number that Kamailio routes to the voice service.</summary>
    public string ServiceNumber { get; set; } = "12321";

    /// <summary>
    /// Carriers' report numbers the same line serves when Kamailio routes them here (deploy/kamailio's
    /// <c>CARRIER_NUMBERS</c>, the same numbers as their SMS report numbers); a report made on one lands on
    /// that carrier's desk, as one texted to it does. Any number of a carrier's hotline range (10086…) may be added.
    /// </summary>
    public List<string> CarrierNumbers { get; set; } = ["10086999", "10010999", "10000999"];

    /// <summary>Where <c>callwarden voice prompts</c> renders the prompts and <c>serve</c> loads them.</summary>
    public string PromptFolder { get; set; } = "data/prompts";

    /// <summary>How long a menu waits for a key after it was spoken, before it is repeated once and then the line says goodbye.</summary>
    public TimeSpan KeyTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long the line waits for the next digit of a number being keyed in.</summary>
    public TimeSpan DigitTimeout { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Every problem, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!IsServiceNumber(ServiceNumber))
        {
            problems.Add($"{Section}:{nameof(ServiceNumber)} must be the digits of a service number such as 12321.");
        }

        foreach (var number in CarrierNumbers ?? [])
        {
            if (!IsServiceNumber(number) || CarrierHotlines.Of(number) is Carrier.Unknown)
            {
                problems.Add($"{Section}:{nameof(CarrierNumbers)} '{number}' is not a carrier's hotline (10086…, 10010…, 10000…, 10099…).");
            }
        }

        if (string.IsNullOrWhiteSpace(PromptFolder))
        {
            problems.Add($"{Section}:{nameof(PromptFolder)} must name a folder such as data/prompts.");
        }

        if (KeyTimeout < TimeSpan.FromSeconds(1) || KeyTimeout > TimeSpan.FromMinutes(1) || DigitTimeout < TimeSpan.FromSeconds(1) || DigitTimeout > TimeSpan.FromMinutes(1))
        {
            problems.Add($"{Section}:{nameof(KeyTimeout)} and {nameof(DigitTimeout)} must be between 1 second and 1 minute.");
        }

        return problems;
    }

    private static bool IsServiceNumber(string? number) => number is { Length: >= 3 and <= 20 } && number.All(char.IsAsciiDigit);
}
