using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Outbox;
using CallWarden.Web.Verification;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Verification;

public sealed class PhoneVerificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_right_code_verifies_once_and_then_there_is_no_code()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var code = await desk.CodeAsync();

        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(code));
        Assert.IsType<VerifyResult.NoCode>(await desk.VerifyAsync(code));
    }

    [Fact]
    public async Task A_phone_that_was_sent_nothing_has_no_code()
    {
        await using var desk = await VerificationDesk.CreateAsync();

        Assert.IsType<VerifyResult.NoCode>(await desk.VerifyAsync("123456"));
        Assert.IsType<VerifyResult.NoCode>(await desk.VerifyAsync("123456", PhoneNumber.Invalid));
    }

    [Fact]
    public async Task Wrong_codes_count_down_the_attempts_left_and_the_right_one_still_works_before_they_run_out()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var code = await desk.CodeAsync();

        Assert.Equal(new VerifyResult.Wrong(4), await desk.VerifyAsync(Other(code)));
        Assert.Equal(new VerifyResult.Wrong(3), await desk.VerifyAsync(Other(code)));
        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(code));
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_is_refused()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var code = await desk.CodeAsync();

        var wrong = new List<VerifyResult>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await desk.VerifyAsync(Other(code)));
        }

        Assert.Equal([4, 3, 2, 1, 0], wrong.Select(w => Assert.IsType<VerifyResult.Wrong>(w).AttemptsLeft));
        Assert.IsType<VerifyResult.TooManyAttempts>(await desk.VerifyAsync(code));
        Assert.IsType<VerifyResult.TooManyAttempts>(await desk.VerifyAsync(Other(code)));
    }

    [Fact]
    public async Task Concurrent_wrong_codes_never_get_more_than_five_attempts()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var code = await desk.CodeAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => desk.VerifyAsync(Other(code)), Ct)));

        Assert.Equal(5, results.Count(r => r is VerifyResult.Wrong));
        Assert.Equal(15, results.Count(r => r is VerifyResult.TooManyAttempts));
        Assert.IsType<VerifyResult.TooManyAttempts>(await desk.VerifyAsync(code));
    }

    [Fact]
    public async Task A_code_works_for_ten_minutes_and_then_has_expired()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var other = Phone("13912345679");
        var first = await desk.CodeAsync();
        var second = await desk.CodeAsync(other);

        desk.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(first));
        desk.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.IsType<VerifyResult.Expired>(await desk.VerifyAsync(second, other));
    }

    [Fact]
    public async Task A_new_code_supersedes_the_older_one()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var old = await desk.CodeAsync();
        desk.Time.Advance(TimeSpan.FromMinutes(1));
        var current = await desk.CodeAsync();
        Assert.SkipWhen(old == current, "the two random codes happen to be the same");

        Assert.Equal(new VerifyResult.Wrong(4), await desk.VerifyAsync(old));
        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(current));
    }

    [Fact]
    public async Task A_code_proves_the_phone_only_for_the_purpose_it_was_sent_for()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var code = await desk.CodeAsync(purpose: VerificationPurposes.Feedback);

        Assert.IsType<VerifyResult.NoCode>(await desk.VerifyAsync(code, purpose: VerificationPurposes.Protection));
        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(code, purpose: VerificationPurposes.Feedback));
    }

    [Fact]
    public async Task A_second_code_to_a_phone_within_a_minute_is_refused_saying_how_long_to_wait()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        await desk.CodeAsync(purpose: VerificationPurposes.Report);
        desk.Time.Advance(TimeSpan.FromSeconds(45));

        var refused = await desk.Service.IssueAsync(VerificationDesk.Mobile, VerificationPurposes.MyReport, "198.51.100.1", DisplayLanguage.ZhHans, Ct);

        Assert.Equal(new IssueResult.Refused(IssueRefusal.TooSoon, TimeSpan.FromSeconds(15)), refused);
        desk.Time.Advance(TimeSpan.FromSeconds(15));
        await desk.CodeAsync(purpose: VerificationPurposes.MyReport);
    }

    [Fact]
    public async Task A_phone_gets_at_most_five_codes_an_hour_and_may_have_another_when_the_first_is_an_hour_old()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await desk.CodeAsync(address: $"198.51.100.{i}");
            desk.Time.Advance(TimeSpan.FromMinutes(2));
        }

        var refused = await desk.Service.IssueAsync(VerificationDesk.Mobile, VerificationPurposes.Report, "198.51.100.9", DisplayLanguage.En, Ct);

        Assert.Equal(new IssueResult.Refused(IssueRefusal.TooManyForPhone, TimeSpan.FromMinutes(50)), refused);
        await desk.CodeAsync(Phone("13912345679"));
        desk.Time.Advance(TimeSpan.FromMinutes(50));
        await desk.CodeAsync();
    }

    [Fact]
    public async Task An_address_gets_at_most_twenty_codes_an_hour_while_other_addresses_go_on()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        for (var i = 0; i < 20; i++)
        {
            await desk.CodeAsync(Phone(string.Create(CultureInfo.InvariantCulture, $"139000000{i:00}")));
            desk.Time.Advance(TimeSpan.FromSeconds(30));
        }

        var refused = await desk.Service.IssueAsync(Phone("13800000000"), VerificationPurposes.Report, VerificationDesk.Address, DisplayLanguage.ZhHans, Ct);

        Assert.Equal(new IssueResult.Refused(IssueRefusal.TooManyFromAddress, TimeSpan.FromMinutes(50)), refused);
        await desk.CodeAsync(Phone("13800000000"), address: "2001:db8::7");
    }

    [Fact]
    public async Task When_several_limits_are_met_the_refusal_names_the_longest_wait()
    {
        await using var desk = await VerificationDesk.CreateAsync(new VerificationOptions { ShowCodes = true, CodesPerPhonePerHour = 1 });
        await desk.CodeAsync();
        desk.Time.Advance(TimeSpan.FromSeconds(10));

        var refused = await desk.Service.IssueAsync(VerificationDesk.Mobile, VerificationPurposes.Report, VerificationDesk.Address, DisplayLanguage.ZhHans, Ct);

        Assert.Equal(new IssueResult.Refused(IssueRefusal.TooManyForPhone, TimeSpan.FromMinutes(60) - TimeSpan.FromSeconds(10)), refused);
    }

    [Theory]
    [InlineData("010-12345678")]
    [InlineData("95588")]
    [InlineData("10690000123")]
    [InlineData("+12025550123")]
    [InlineData("110")]
    [InlineData("not a number")]
    public async Task Only_mobile_numbers_get_codes(string number)
    {
        await using var desk = await VerificationDesk.CreateAsync();

        var refused = await desk.Service.IssueAsync(Phone(number), VerificationPurposes.Report, VerificationDesk.Address, DisplayLanguage.ZhHans, Ct);

        Assert.Equal(new IssueResult.Refused(IssueRefusal.NotMobile, RetryAfter: null), refused);
        await using var db = desk.Open();
        Assert.Equal(0, await db.PhoneChallenges.CountAsync(Ct));
        Assert.Equal(0, await db.Outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task The_code_is_never_stored_in_clear()
    {
        await using var desk = await VerificationDesk.CreateAsync();
        var code = await desk.CodeAsync();

        await using var db = desk.Open();
        var row = await db.PhoneChallenges.SingleAsync(Ct);
        Assert.Equal(16, row.Salt.Length);
        Assert.Equal(32, row.CodeHash.Length);
        Assert.Equal(OneTimeCode.Hash(row.Salt, code), row.CodeHash);
        var ascii = Encoding.ASCII.GetBytes(code);
        Assert.False(row.Salt.AsSpan().IndexOf(ascii) >= 0 || row.CodeHash.AsSpan().IndexOf(ascii) >= 0);
        Assert.DoesNotContain(code, string.Join('|', row.Purpose, row.ClientAddress, row.Phone, row.CreatedAt, row.ExpiresAt), StringComparison.Ordinal);
        Assert.Equal(VerificationDesk.Mobile.E164, row.Phone);
        Assert.Equal(VerificationDesk.Address, row.ClientAddress);
        Assert.Equal(desk.Time.GetUtcNow().AddMinutes(10), row.ExpiresAt);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "zh-Hans")]
    [InlineData(DisplayLanguage.ZhHant, "zh-Hant")]
    [InlineData(DisplayLanguage.En, "en")]
    public async Task The_code_is_queued_as_an_SMS_in_the_requesters_language(DisplayLanguage language, string tag)
    {
        await using var desk = await VerificationDesk.CreateAsync();

        var sent = await desk.Service.IssueAsync(VerificationDesk.Mobile, VerificationPurposes.Protection, VerificationDesk.Address, language, Ct);

        var code = Assert.IsType<IssueResult.Sent>(sent).Code!;
        await using var db = desk.Open();
        var challenge = await db.PhoneChallenges.SingleAsync(Ct);
        var sms = await db.Outbox.SingleAsync(Ct);
        Assert.Equal(OutboxChannel.Sms, sms.Channel);
        Assert.Equal("+8613912345678", sms.Recipient);
        Assert.Equal(tag, sms.Language);
        Assert.Equal(VerificationTexts.CodeMessage(code, 10, language), sms.Body);
        Assert.Null(sms.TemplateKey);
        Assert.Equal("otp:" + challenge.Id.ToString(CultureInfo.InvariantCulture), sms.DedupKey);
        Assert.Equal(desk.Time.GetUtcNow(), sms.NextAttemptAt);
        Assert.Null(sms.SentAt);
    }

    [Fact]
    public async Task Without_ShowCodes_the_result_holds_no_code_and_only_the_SMS_carries_it()
    {
        await using var desk = await VerificationDesk.CreateAsync(new VerificationOptions());

        var sent = Assert.IsType<IssueResult.Sent>(await desk.Service.IssueAsync(VerificationDesk.Mobile, VerificationPurposes.Report, VerificationDesk.Address, DisplayLanguage.ZhHans, Ct));

        Assert.Null(sent.Code);
        Assert.Equal(desk.Time.GetUtcNow().AddMinutes(10), sent.ExpiresAt);
        Assert.Equal(TimeSpan.FromMinutes(1), sent.ResendAfter);
        Assert.DoesNotMatch("[0-9]{6}", sent.ToString());
        await using var db = desk.Open();
        var body = (await db.Outbox.SingleAsync(Ct)).Body!;
        var code = Regex.Match(body, "[0-9]{6}").Value;
        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(code));
    }

    [Fact]
    public async Task Hostile_codes_are_wrong_and_never_throw()
    {
        await using var desk = await VerificationDesk.CreateAsync(new VerificationOptions { ShowCodes = true, AttemptsPerCode = 20 });
        var code = await desk.CodeAsync();
        var fullWidth = new string([.. code.Select(c => (char)(c - '0' + '０'))]);
        var arabicIndic = new string([.. code.Select(c => (char)(c - '0' + '\u0660'))]);
        string?[] hostile =
        [
            null, string.Empty, "      ", new string('1', 1_000_000), code + code, code[..5], "12345a", "abcdef",
            fullWidth, arabicIndic, code[..5] + fullWidth[5], code[..3] + "\u202E" + code[3..], code + "\0", "-" + code[1..], "' OR 1=1 --",
        ];

        var results = new List<VerifyResult>();
        foreach (var text in hostile)
        {
            results.Add(await desk.VerifyAsync(text));
        }

        Assert.All(results, r => Assert.IsType<VerifyResult.Wrong>(r));
        Assert.IsType<VerifyResult.Verified>(await desk.VerifyAsync(code));
    }

    [Fact]
    public async Task An_unknown_purpose_is_a_bug_in_the_page()
    {
        await using var desk = await VerificationDesk.CreateAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => desk.Service.IssueAsync(VerificationDesk.Mobile, "login", VerificationDesk.Address, DisplayLanguage.En, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => desk.Service.VerifyAsync(VerificationDesk.Mobile, "Report", "123456", Ct));
    }

    [Fact]
    public async Task The_API_registers_the_service_with_its_settings_from_Web_Verification()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?>
        {
            ["Web:Verification:ShowCodes"] = "true",
            ["Web:Verification:CodeLifetime"] = "00:05:00",
        });

        var sent = await api.Get<PhoneVerification>().IssueAsync(VerificationDesk.Mobile, VerificationPurposes.MyReport, "192.0.2.1", DisplayLanguage.ZhHant, Ct);

        var code = Assert.IsType<IssueResult.Sent>(sent).Code!;
        Assert.Equal(api.Time.GetUtcNow().AddMinutes(5), ((IssueResult.Sent)sent).ExpiresAt);
        await using var db = api.Open();
        Assert.Equal(VerificationTexts.CodeMessage(code, 5, DisplayLanguage.ZhHant), (await db.Outbox.SingleAsync(m => m.DedupKey.StartsWith("otp:"), Ct)).Body);
    }

    private static PhoneNumber Phone(string text) => PhoneNumberNormalizer.Default.Normalize(text);

    /// <summary>A well-formed code that is not <paramref name="code"/>.</summary>
    private static string Other(string code) => code == "000000" ? "000001" : "000000";
}
