using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The rule pattern parser, <see cref="RulePattern.TryParse"/> (<c>0755*</c>, <c>139****5678</c>):
/// input <c>text</c> (written in CN) or <c>REGION&lt;tab&gt;text</c> for a supported region. It answers bad input with an
/// error; a pattern's canonical text must parse back to itself in any region.
/// </summary>
internal sealed class RulePatternTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        // The region is the deployment's setting, never a caller's: only supported ones are tried.
        var (region, text) = FuzzText.Fields(input, 2) is [var r, var t] && PhoneNumberNormalizer.SupportedRegions.Contains(r)
            ? (r, t)
            : ("CN", FuzzText.Utf8(input));
        if (!RulePattern.TryParse(text, region, out var pattern, out var error))
        {
            if (error is null)
            {
                throw new FuzzFinding($"'{text}' was refused without an error");
            }

            return;
        }

        foreach (var other in (string[])["CN", "US"])
        {
            if (!RulePattern.TryParse(pattern.Text, other, out var again, out _) || again.Text != pattern.Text)
            {
                throw new FuzzFinding($"'{text}' reads as {pattern.Text}, which does not read back as itself in {other}");
            }
        }
    }
}
