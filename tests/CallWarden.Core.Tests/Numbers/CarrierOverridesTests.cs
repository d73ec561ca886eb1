using System.Globalization;
using CallWarden.Core.Numbers;
using CsCheck;

namespace CallWarden.Core.Tests.Numbers;

public sealed class CarrierOverridesTests
{
    [Fact]
    public void A_file_with_header_blank_lines_CRLF_BOM_and_plus_signs_is_read()
    {
        var csv = "\uFEFFe164,carrier_code\r\n+8613912345678,china_unicom\r\n\r\n8618612345678 , china_mobile\n  \n8619212345678,other\n";

        Assert.True(CarrierOverrides.TryParse(csv, out var overrides, out var errors), string.Join("; ", errors));

        Assert.Empty(errors);
        Assert.Equal(3, overrides.Count);
        Assert.True(overrides.TryGet(8613912345678, out var carrier));
        Assert.Equal(Carrier.ChinaUnicom, carrier);
        Assert.True(overrides.TryGet(8618612345678, out carrier));
        Assert.Equal(Carrier.ChinaMobile, carrier);
        Assert.True(overrides.TryGet(8619212345678, out carrier));
        Assert.Equal(Carrier.Other, carrier);
        Assert.False(overrides.TryGet(8613900000000, out _));
    }

    [Fact]
    public void An_empty_file_is_an_empty_table()
    {
        Assert.True(CarrierOverrides.TryParse("", out var overrides, out _));
        Assert.Equal(0, overrides.Count);
        Assert.Equal(0, CarrierOverrides.Empty.Count);
    }

    [Theory]
    [InlineData(",china_mobile", "the number is empty")]
    [InlineData("8613912345678,", "the carrier code is empty")]
    [InlineData("8613912345678", "expected 2 fields")]
    [InlineData("8613912345678,china_mobile,extra", "found 3")]
    [InlineData("13912345678x,china_mobile", "'13912345678x' is not an E.164 number")]
    [InlineData("abc,china_mobile", "'abc' is not an E.164 number")]
    [InlineData("+,china_mobile", "'+' is not an E.164 number")]
    [InlineData("08613912345678,china_mobile", "is not an E.164 number")]
    [InlineData("8613912345678123,china_mobile", "is not an E.164 number")]
    [InlineData("-8613912345678,china_mobile", "is not an E.164 number")]
    [InlineData("８６１３９１２３４５６７８,china_mobile", "character 1 is U+FF18, not ASCII")]
    [InlineData("86139１2345678,china_mobile", "character 6 is U+FF11, not ASCII")]
    [InlineData("8613912345678,china_mobil", "unknown carrier code 'china_mobil'")]
    [InlineData("8613912345678,China_Mobile", "unknown carrier code 'China_Mobile'")]
    [InlineData("8613912345678,unknown", "unknown carrier code 'unknown'")]
    [InlineData("8613912345678,中国移动", "character 1 is U+4E2D, not ASCII")]
    [InlineData("8613912345678,сhina_mobile", "character 1 is U+0441, not ASCII")]
    public void A_bad_row_is_refused_with_the_line_and_the_reason(string row, string reason)
    {
        var csv = $"e164,carrier_code\n8618612345678,china_unicom\n{row}\n";

        Assert.False(CarrierOverrides.TryParse(csv, out var overrides, out var errors));

        Assert.Null(overrides);
        var error = Assert.Single(errors);
        Assert.StartsWith("line 3: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_line_is_refused_without_being_echoed()
    {
        var csv = "8618612345678,china_unicom\n" + new string('9', 100_000) + ",china_mobile\n";

        Assert.False(CarrierOverrides.TryParse(csv, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal($"line 2: longer than {CarrierOverrides.MaxLineLength} characters", error);
    }

    [Fact]
    public void A_number_given_twice_names_both_lines()
    {
        var csv = "8613912345678,china_unicom\n8618612345678,china_unicom\n+8613912345678,china_telecom\n";

        Assert.False(CarrierOverrides.TryParse(csv, out _, out var errors));

        Assert.Equal("line 3: +8613912345678 is already given on line 1", Assert.Single(errors));
    }

    [Fact]
    public void Every_bad_line_is_named_and_a_header_after_the_first_line_is_one()
    {
        var csv = "8613912345678,china_unicom\nx,china_mobile\n8618612345678,china_unicom\ne164,carrier_code\n";

        Assert.False(CarrierOverrides.TryParse(csv, out _, out var errors));

        Assert.Equal(["line 2:", "line 4:"], errors.Select(e => e[..(e.IndexOf(':', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public void Errors_stop_at_fifty_and_say_how_many_more()
    {
        var csv = string.Concat(Enumerable.Repeat("bad\n", 80));

        Assert.False(CarrierOverrides.TryParse(csv, out _, out var errors));

        Assert.Equal(51, errors.Count);
        Assert.Equal("… and 30 more bad lines", errors[^1]);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_line()
    {
        var error = Assert.Throws<FormatException>(() => CarrierOverrides.Parse("8613912345678,china_unicom\n8613912345678,nope"));

        Assert.Contains("line 2: unknown carrier code 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_written_as_csv_reads_back_the_same()
    {
        var numbers = Gen.Long[1_000, 999_999_999_999_999];
        var carriers = Gen.Enum<Carrier>().Where(c => c != Carrier.Unknown);
        Gen.Dictionary(numbers, carriers)[0, 30].Sample(table =>
        {
            var csv = CarrierOverrides.Header + "\n" + string.Join("\n", table.Select(e => $"+{e.Key.ToString(CultureInfo.InvariantCulture)},{e.Value.Code()}"));
            return CarrierOverrides.TryParse(csv, out var overrides, out _)
                && overrides.Count == table.Count
                && table.All(e => overrides.TryGet(e.Key, out var c) && c == e.Value);
        });
    }

    [Fact]
    public void Any_text_is_read_or_refused_without_an_exception()
    {
        var text = Gen.OneOf(Gen.String, Gen.Char["0123456789+,\n\r abc_mobile"].Array[0, 60].Select(c => new string(c)));
        text.Sample(csv =>
        {
            var read = CarrierOverrides.TryParse(csv, out var overrides, out var errors);
            return read ? overrides is not null && errors.Count == 0 : overrides is null && errors.Count > 0;
        });
    }
}
