using CallWarden.Core.Numbers;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The number parser, <see cref="PhoneNumberNormalizer"/>: input <c>text</c> (read in CN) or
/// <c>REGION&lt;tab&gt;text</c>. An unknown region is the one documented refusal (ArgumentException);
/// the fast path answering otherwise than the libphonenumber reference is a finding.
/// </summary>
internal sealed class NumberTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        var (region, text) = FuzzText.Fields(input, 2) is [var r, var t] ? (r, t) : ("CN", FuzzText.Utf8(input));
        if (!PhoneNumberNormalizer.SupportedRegions.Contains(region))
        {
            try
            {
                PhoneNumberNormalizer.Default.Normalize(text, region);
            }
            catch (ArgumentException)
            {
                return;
            }

            throw new FuzzFinding($"region '{region}' is not supported yet was not refused");
        }

        var fast = PhoneNumberNormalizer.Default.Normalize(text, region);
        var reference = PhoneNumberNormalizer.Default.NormalizeSlow(text, region);
        if (fast != reference)
        {
            throw new FuzzFinding($"'{text}' in {region}: the fast path says {fast}, the reference {reference}");
        }
    }
}
