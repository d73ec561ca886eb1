using System.Collections.Concurrent;
using System.Globalization;
using PhoneNumbers;

namespace CallWarden.Core.Screening;

/// <summary>How numbers are written in one region: what a user's national pattern means in E.164.</summary>
/// <param name="CountryCode">The region's calling code as digits (<c>86</c>).</param>
/// <param name="NationalPrefix">The trunk prefix dropped before the national number (<c>0</c> in CN, <c>1</c> in the US).</param>
/// <param name="InternationalPrefix">The usual prefix for dialling abroad (<c>00</c>, <c>011</c>), when it is plain digits.</param>
internal sealed record DialingPlan(string CountryCode, string? NationalPrefix, string? InternationalPrefix)
{
    private static readonly ConcurrentDictionary<string, DialingPlan> Plans = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">The region is not a supported ISO 3166 code.</exception>
    public static DialingPlan For(string region)
    {
        if (Plans.TryGetValue(region, out var plan))
        {
            return plan;
        }

        var metadata = PhoneNumberUtil.GetInstance().GetMetadataForRegion(region)
            ?? throw new ArgumentException($"Unknown region '{region}': use an ISO 3166 code such as CN or US.", nameof(region));
        var international = PlainDigits(metadata.PreferredInternationalPrefix) ?? PlainDigits(metadata.InternationalPrefix);
        plan = new DialingPlan(metadata.CountryCode.ToString(CultureInfo.InvariantCulture), PlainDigits(metadata.NationalPrefix), international);
        return Plans.GetOrAdd(region, plan);
    }

    /// <summary>libphonenumber writes some prefixes as patterns (CN: <c>00|1(?:[12]\d|79)\d\d00</c>); only plain digits are usable here.</summary>
    private static string? PlainDigits(string? text) =>
        string.IsNullOrEmpty(text) || !text.All(char.IsAsciiDigit) ? null : text;
}
