using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

/// <summary>
/// Issue #12 part 6: CN numbers written with the trunk 0, with 0086 or +86 before the trunk, and
/// behind a 179xx/11xxx/12xxx IP-dialling prefix. libphonenumber's answers are pinned first (some
/// surprise), then the fast path must give exactly those answers without libphonenumber.
/// </summary>
public sealed class PrefixedNumberTests
{
    public static TheoryData<string, long, NumberKind> PrefixedShapes => new()
    {
        { "010-62345678", 861062345678, NumberKind.FixedLine },
        { "0755-12345678", 8675512345678, NumberKind.FixedLine },
        { "075512345678", 8675512345678, NumberKind.FixedLine },
        { "(0755)12345678", 8675512345678, NumberKind.FixedLine },
        { "(0755) 1234-5678", 8675512345678, NumberKind.FixedLine },
        { "(010)62345678", 861062345678, NumberKind.FixedLine },
        { "+86 10 6234 5678", 861062345678, NumberKind.FixedLine },
        { "0086 755 1234 5678", 8675512345678, NumberKind.FixedLine },
        { "0086 13912345678", 8613912345678, NumberKind.Mobile },
        // The trunk wrongly kept after the country code: libphonenumber drops it.
        { "+86 010 62345678", 861062345678, NumberKind.FixedLine },
        { "+86 0755 12345678", 8675512345678, NumberKind.FixedLine },
        { "0086 010 62345678", 861062345678, NumberKind.FixedLine },
        { "86 010 62345678", 861062345678, NumberKind.FixedLine },
        { "+86 (0)10 6234 5678", 861062345678, NumberKind.FixedLine },
        { "0 13912345678", 8613912345678, NumberKind.Mobile },
        // 179xx, 11xxx and 12xxx are libphonenumber's carrier (IP-dialling) prefixes: dropped before a mobile.
        { "17951 13912345678", 8613912345678, NumberKind.Mobile },
        { "17911-139-1234-5678", 8613912345678, NumberKind.Mobile },
        { "12593 13912345678", 8613912345678, NumberKind.Mobile },
        { "11808 13912345678", 8613912345678, NumberKind.Mobile },
        { "+86 17951 13912345678", 8613912345678, NumberKind.Mobile },
        { "17951 1062345678", 861062345678, NumberKind.FixedLine },
        { "17951 75512345678", 8675512345678, NumberKind.FixedLine },
        // 179xx 00 is CN's IP-dialled international prefix.
        { "1795100 8613912345678", 8613912345678, NumberKind.Mobile },
        { "17951 00 86 10 62345678", 861062345678, NumberKind.FixedLine },
        { "17951 0086 13912345678", 8613912345678, NumberKind.Mobile },
        { "0086 (10) 6234 5678", 861062345678, NumberKind.FixedLine },
        { "+1 1 202 555 0123", 12025550123, NumberKind.International },
    };

    /// <summary>
    /// The surprise: libphonenumber strips an IP prefix, then keeps the trunk 0 of the landline behind
    /// it as an Italian leading zero (+8601062345678), which no CN pattern matches — so the number as
    /// people really dial it is no number; CallWarden's short-number rules do not apply to 16 digits.
    /// </summary>
    public static TheoryData<string> IpPrefixedTrunkLandlines =>
    [
        "17951 010 62345678",
        "17911 010 62345678",
        "12593 0755 12345678",
        "17951-0755-1234-5678",
        "1795101062345678",
        "１７９５１ ０１０ ６２３４５６７８",
    ];

    [Theory]
    [MemberData(nameof(PrefixedShapes))]
    public void Libphonenumber_reads_the_prefixed_shape_as_the_number_behind_it(string text, long e164, NumberKind kind)
    {
        Assert.Equal(new PhoneNumber(e164, kind), PhoneNumberNormalizer.Default.NormalizeSlow(text, "CN"));
    }

    [Theory]
    [MemberData(nameof(IpPrefixedTrunkLandlines))]
    public void Libphonenumber_reads_an_IP_prefix_before_a_trunk_landline_as_no_number(string text)
    {
        Assert.Equal(PhoneNumber.Invalid, PhoneNumberNormalizer.Default.NormalizeSlow(text, "CN"));
    }

    [Theory]
    [MemberData(nameof(PrefixedShapes))]
    public void The_fast_path_answers_the_prefixed_shape_as_libphonenumber_does(string text, long e164, NumberKind kind)
    {
        Assert.True(FastNumberClassifier.Shared.TryClassify(text, "CN", out var number), text);
        Assert.Equal(new PhoneNumber(e164, kind), number);
    }

    [Theory]
    [MemberData(nameof(IpPrefixedTrunkLandlines))]
    public void The_fast_path_answers_an_IP_prefix_before_a_trunk_landline_as_no_number(string text)
    {
        Assert.True(FastNumberClassifier.Shared.TryClassify(text, "CN", out var number), text);
        Assert.Equal(PhoneNumber.Invalid, number);
    }
}
