using System.Reflection;
using CallWarden.Core.Numbers;
using CallWarden.Core.Numbers.Fast;
using MetadataManager = PhoneNumbers.MetadataManager;
using PhoneMetadata = PhoneNumbers.PhoneMetadata;

namespace CallWarden.Core.Tests.Numbers;

public sealed class ShortNumberRulesTests
{
    /// <summary>
    /// The fast path gives "no number" as final for CN digits the short-number rules cannot read
    /// (issue #12 part 6); that holds only while libphonenumber's CN emergency numbers stay short.
    /// </summary>
    [Fact]
    public void No_CN_emergency_number_of_libphonenumber_is_longer_than_the_longest_short_number()
    {
        var method = typeof(MetadataManager).GetMethod("GetShortNumberMetadataForRegion", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("libphonenumber-csharp no longer has MetadataManager.GetShortNumberMetadataForRegion: read its short-number metadata another way.");
        var metadata = (PhoneMetadata)method.Invoke(null, ["CN"])!;
        var nfa = new DigitNfa();
        var dfa = DigitDfa.Build(nfa, nfa.AddPattern(metadata.Emergency.NationalNumberPattern, 0));

        // Breadth-first over lengths: no accepting state past the limit (and none reachable later).
        var states = new HashSet<int> { DigitDfa.Start };
        for (var length = 1; length <= 40 && states.Count > 0; length++)
        {
            states = [.. states.SelectMany(s => Enumerable.Range(0, 10).Select(d => dfa.Transitions[(s * 10) + d])).Where(s => s != DigitDfa.Dead)];
            Assert.True(length <= ShortNumberRules.LongestChinaShortNumber || states.All(s => dfa.Tags[s].Length == 0), $"an emergency number of {length} digits");
        }

        Assert.Empty(states);
    }

    [Theory]
    [InlineData("1795101062345678")]
    [InlineData("075512345678901")]
    public void Long_CN_digits_are_no_short_number(string digits)
    {
        Assert.True(ShortNumberRules.NeverApplyInChina(digits));
        Assert.Equal(PhoneNumber.Invalid, ShortNumberRules.Classify(digits, "CN", 86));
    }

    [Theory]
    [InlineData("10690000123456")]
    [InlineData("10086999")]
    [InlineData("110")]
    public void SMS_ports_and_short_numbers_may_be_read(string digits)
    {
        Assert.False(ShortNumberRules.NeverApplyInChina(digits));
        Assert.NotEqual(PhoneNumber.Invalid, ShortNumberRules.Classify(digits, "CN", 86));
    }
}
