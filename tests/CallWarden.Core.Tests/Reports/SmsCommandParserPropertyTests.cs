using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CsCheck;
using static CallWarden.Core.Tests.Reports.SmsParserFixture;

namespace CallWarden.Core.Tests.Reports;

public sealed partial class SmsCommandParserPropertyTests
{
    private static readonly SmsCommandParser ParserAtNow = Parser();

    private static readonly Gen<string> MobileNumber =
        Gen.Select(Gen.Int[3, 9], Gen.Int[0, 99_999], Gen.Int[0, 9_999], (second, middle, last) =>
                string.Create(CultureInfo.InvariantCulture, $"1{second}{middle:D5}{last:D4}"))
            .Where(n => PhoneNumberNormalizer.Default.Normalize(n).Kind == NumberKind.Mobile);

    /// <summary>A minute in the report window, and the same minute restricted to the last day or the last three dates.</summary>
    private static Gen<DateTimeOffset> MinutesBack(int maxMinutes) => Gen.Int[0, maxMinutes].Select(m => Now.AddMinutes(-m));

    private static readonly Gen<DateTimeOffset> InWindow = MinutesBack(30 * 24 * 60);

    private static readonly Gen<(DateTimeOffset Time, string Text)> CallTime = Gen.OneOf(
        InWindow.Select(t => (t, t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))),
        InWindow.Select(t => (t, t.ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture))),
        InWindow.Select(t => (t, t.ToString("yyyy-M-d H:mm", CultureInfo.InvariantCulture))),
        Gen.Select(InWindow, Gen.OneOf("日", "号", "號"), (t, day) => (t, $"{t.Month}月{t.Day}{day}{t:HH:mm}")),
        Gen.Select(InWindow, Gen.OneOf("日", "号"), Gen.Bool, Gen.Int[0, 8], (t, day, chinese, style) =>
            (t, $"{Number(t.Month, chinese)}月{Number(t.Day, chinese)}{day}{SpokenClock(t, chinese, style)}")),
        // A clock alone means its latest past occurrence, so it must lie within the last day less the skew tolerance.
        MinutesBack(24 * 60 - 6).Select(t => (t, t.ToString("HH:mm", CultureInfo.InvariantCulture))),
        Gen.Select(MinutesBack(58 * 60), Gen.Bool, Gen.Int[0, 8], Gen.Bool, (t, chinese, style, spoken) =>
            (t, DayWord(t) + (spoken ? SpokenClock(t, chinese, style) : " " + t.ToString("H:mm", CultureInfo.InvariantCulture)))));

    private static readonly Gen<string> Separator = Gen.OneOf("*", "＊", "×", " * ", "　＊　", " ×");

    private static readonly Gen<Func<string, string>> NumberForm = Gen.OneOf<Func<string, string>>(
        n => n,
        n => $"{n[..3]} {n[3..7]} {n[7..]}",
        n => $"{n[..3]}-{n[3..7]}-{n[7..]}",
        n => "+86 " + n,
        n => "0086" + n,
        n => $"「{n}」");

    [Fact]
    public void A_well_formed_call_report_parses_back_to_its_number_and_minute()
    {
        Gen.Select(MobileNumber, NumberForm, Separator, CallTime, Gen.Int[0, 3])
            .Sample((number, form, separator, call, variant) =>
            {
                var text = form(number) + separator + call.Text;
                text = variant switch
                {
                    1 => FullWidth(text),
                    2 => ToTraditional(text),
                    3 => $"“{text}”",
                    _ => text,
                };

                var result = ParserAtNow.Parse("12321", text);

                var report = Assert.IsType<SmsReport>(result);
                Assert.Equal(PhoneNumberNormalizer.Default.Normalize(number), report.Target);
                Assert.Equal(call.Time, report.OccurredAt);
            }, iter: 5_000);
    }

    [Fact]
    public void A_call_report_with_a_reason_after_the_time_keeps_both()
    {
        var reason = Gen.OneOf("推销贷款", "骚扰电话", "卖保险的", "冒充客服", "威胁恐吓", "房产中介", "辱骂");
        var between = Gen.OneOf(" ", "*", "＊", "，", " ，", "　", "");
        Gen.Select(MobileNumber, Separator, CallTime, between, reason).Sample((number, separator, call, gap, said) =>
        {
            // 3点5推销 is ambiguous (3:05 or 3:00 and "5推销"); read as 3:00, so a one-numeral minute needs a gap.
            if (gap.Length == 0 && OneNumeralMinute().IsMatch(call.Text))
            {
                return;
            }

            var text = number + separator + call.Text + gap + said;

            var report = Assert.IsType<SmsReport>(ParserAtNow.Parse("12321", text));

            Assert.Equal(call.Time, report.OccurredAt);
            Assert.Equal(said, report.Reason);
        }, iter: 3_000);
    }

    [Fact]
    public void A_well_formed_carrier_report_keeps_its_words()
    {
        var words = Gen.OneOf("推销", "保險", "贷款", "中獎", "hello", "🎁", "a", "1", " ", "，", "…").Array[1, 12]
            .Select(string.Concat)
            .Where(w => w.Trim().Any(char.IsLetterOrDigit));
        Gen.Select(MobileNumber, Separator, words).Sample((number, separator, said) =>
        {
            var report = Assert.IsType<SmsReport>(ParserAtNow.Parse("10086999", number + separator + said));

            Assert.Equal(said.Trim(), report.Reason ?? report.Content);
        }, iter: 2_000);
    }

    private static readonly Gen<string> HostileText = Gen.OneOf(
            "1", "3", "9", "0", "１", "*", "＊", "×", ":", "：", "-", "+", " ", "　", "\t", "\n", "\0", "\u0007",
            "\u200B", "\u200D", "\u200E", "\u200F", "\u202E", "\u2066", "\uFEFF", "\uD83D", "\uDE00", "😡", "👨‍👩‍👧",
            "「", "」", "“", "\"", "'", "昨天", "下午", "點", "点", "半", "月", "日", "十", "二", "两", "晚上", "CX", "查詢",
            "R20261128-000123", "TD", "退訂", "KTLJ", "13912345678", "110", "2026-11-28", "14:30", "ا", "ש", "З")
        .Array[0, 30].Select(string.Concat);

    [Fact]
    public void Any_text_to_any_number_gives_a_result_and_never_throws()
    {
        var anyText = Gen.OneOf(Gen.String, HostileText, Gen.Char.Array[0, 3_000].Select(c => new string(c)));
        var anyService = Gen.OneOf(Gen.OneOf("12321", "10086999", "+8610010999", "１２３２１"), Gen.String);
        var anySender = Gen.OneOf(Gen.OneOf<string?>(null, "13912345678", "+8613812345678"), Gen.String.Select(s => (string?)s), HostileText.Select(s => (string?)s));
        Gen.Select(anyService, anyText, anySender).Sample((service, text, sender) =>
        {
            var result = ParserAtNow.Parse(service, text, sender);

            switch (result)
            {
                case SmsRefusal refusal:
                    Assert.True(refusal.Reply.Contains("13912345678*", StringComparison.Ordinal)
                        || refusal.Reply.Contains("13612345678*", StringComparison.Ordinal)
                        || refusal.Reply.Contains("CX R", StringComparison.Ordinal), refusal.Reply);
                    break;
                case SmsReport report:
                    Assert.True(report.Target.IsValid && report.Target.Kind != NumberKind.Emergency);
                    Assert.True(report.OccurredAt is null || (report.OccurredAt <= Now.AddMinutes(5) && report.OccurredAt >= Now.AddDays(-30)));
                    break;
                default:
                    Assert.IsType<SmsCommand>(result);
                    break;
            }
        }, iter: 20_000);
    }

    private static string DayWord(DateTimeOffset t) => (Now.Date - t.Date).Days switch
    {
        0 => "今天",
        1 => "昨天",
        _ => "前天",
    };

    /// <summary>The hour as said with its period of the day, e.g. 下午3點半, 晚上八点二十分, 凌晨0点.</summary>
    private static string SpokenClock(DateTimeOffset t, bool chinese, int style)
    {
        var (period, hour) = t.Hour switch
        {
            0 => ("凌晨", style % 2 == 0 ? 0 : 12),
            <= 5 => ("凌晨", t.Hour),
            <= 11 => (style % 2 == 0 ? "上午" : "早上", t.Hour),
            12 => ("中午", 12),
            <= 17 => ("下午", t.Hour - 12),
            _ => ("晚上", t.Hour - 12),
        };
        var point = style % 3 == 0 ? "點" : "点";
        var minutes = t.Minute switch
        {
            0 => style < 4 ? "" : "整",
            30 when style < 4 => "半",
            15 when style < 4 => "一刻",
            45 when style < 4 => "三刻",
            _ => style < 6 ? Number(t.Minute, chinese) + "分" : Number(t.Minute, chinese),
        };
        return period + Number(hour, chinese) + point + minutes;
    }

    private static string Number(int n, bool chinese)
    {
        const string Digits = "零一二三四五六七八九";
        if (!chinese)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return n switch
        {
            < 10 => Digits[n].ToString(),
            10 => "十",
            < 20 => "十" + Digits[n % 10],
            _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
        };
    }

    private static string FullWidth(string text)
    {
        var wide = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            wide.Append(c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }

        return wide.ToString();
    }

    private static string ToTraditional(string text) =>
        text.Replace('点', '點').Replace('时', '時').Replace('号', '號').Replace('两', '兩');

    [GeneratedRegex("[点點时時][0-9一二三四五六七八九十]$")]
    private static partial Regex OneNumeralMinute();
}
