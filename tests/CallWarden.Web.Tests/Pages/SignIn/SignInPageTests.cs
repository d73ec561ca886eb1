using System.Net;
using CallWarden.Web.Tests.Site;

namespace CallWarden.Web.Tests.Pages.SignIn;

public sealed class SignInPageTests
{
    private const string Mobile = "13912345678";

    /// <summary>Codes shown on the page, as <c>serve --demo</c> without an SMS gateway shows them.</summary>
    private static readonly Dictionary<string, string?> ShowCodes = new() { ["Web:Verification:ShowCodes"] = "true" };

    private static readonly string[] Languages = ["zh-CN", "zh-TW", "en-GB"];

    /// <summary>Scenario → the field the message stands beside and the message in simplified Chinese, traditional Chinese, English.</summary>
    private static readonly Dictionary<string, (string Field, string[] Texts)> Messages = new(StringComparer.Ordinal)
    {
        ["no number"] = ("Phone", ["输入您的手机号码，例如 13912345678", "輸入您的手機號碼，例如 13912345678", "Enter your mobile number, for example 13912345678"]),
        ["no phone number"] = ("Phone", ["按正确的格式输入手机号码，例如 13912345678", "按正確的格式輸入手機號碼，例如 13912345678", "Enter a mobile number in the right format, for example 13912345678"]),
        ["a landline"] = ("Phone", [
            "+861062345678 不是手机号码，收不到短信验证码。输入手机号码，例如 13912345678",
            "+861062345678 不是手機號碼，收不到短信驗證碼。輸入手機號碼，例如 13912345678",
            "+861062345678 is not a mobile number, so it cannot receive a text. Enter a mobile number, for example 13912345678"]),
        ["too soon"] = ("Code", [
            "验证码刚刚发出。输入收到的验证码，或等 45 秒后再要新的验证码",
            "驗證碼剛剛發出。輸入收到的驗證碼，或等 45 秒後再要新的驗證碼",
            "We sent a code moments ago. Enter that code, or wait 45 seconds before asking for a new one"]),
        ["too many for the phone"] = ("Phone", [
            "这个号码一小时内收到的验证码太多了。请在 60 分钟后再试",
            "這個號碼一小時內收到的驗證碼太多了。請在 60 分鐘後再試",
            "This number has been sent too many codes in the last hour. Try again in 60 minutes"]),
        ["too many from the address"] = ("Phone", [
            "从您的网络一小时内请求的验证码太多了。请在 60 分钟后再试",
            "從您的網絡一小時內要求的驗證碼太多了。請在 60 分鐘後再試",
            "Too many codes have been asked for from your network in the last hour. Try again in 60 minutes"]),
        ["no code typed"] = ("Code", ["输入短信里的 6 位验证码", "輸入短信裡的 6 位驗證碼", "Enter the 6-digit code from the text message"]),
        ["not six digits"] = ("Code", ["验证码是 6 位数字，例如 123456", "驗證碼是 6 位數字，例如 123456", "The code is 6 digits, like 123456"]),
        ["wrong code"] = ("Code", ["验证码不对。您还可以再试 4 次", "驗證碼不對。您還可以再試 4 次", "That code is not right. You can try 4 more times"]),
        ["last wrong code"] = ("Code", [
            "验证码不对，已经没有尝试机会了。请选择“重新发送验证码”",
            "驗證碼不對，已經沒有嘗試機會了。請選擇「重新發送驗證碼」",
            "That code is not right and there are no tries left. Choose ‘Send a new code’"]),
        ["too many wrong codes"] = ("Code", [
            "错误次数太多，这个验证码已失效。请选择“重新发送验证码”",
            "錯誤次數太多，這個驗證碼已失效。請選擇「重新發送驗證碼」",
            "Too many wrong tries: this code no longer works. Choose ‘Send a new code’"]),
        ["expired"] = ("Code", ["验证码已过期。请选择“重新发送验证码”", "驗證碼已過期。請選擇「重新發送驗證碼」", "The code has expired. Choose ‘Send a new code’"]),
        ["no code sent"] = ("Code", [
            "这个号码没有待用的验证码。请选择“重新发送验证码”",
            "這個號碼沒有待用的驗證碼。請選擇「重新發送驗證碼」",
            "There is no code waiting for this number. Choose ‘Send a new code’"]),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in Messages.Keys)
        {
            foreach (var language in Languages)
            {
                data.Add(scenario, language);
            }
        }

        return data;
    }

    [Fact]
    public async Task A_page_that_needs_a_phone_sends_the_person_to_sign_in_and_back_there_after_the_code()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api);

        var asked = await person.GetAsync("/protection", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        Assert.EndsWith("/sign-in?returnUrl=%2Fprotection", asked.Location, StringComparison.Ordinal);

        await person.GetAsync(asked.Location!);
        Assert.Contains("<h1>用手机号码登录</h1>", person.Html, StringComparison.Ordinal);
        await person.PostAsync("/sign-in?handler=Send", ("ReturnUrl", "/protection"), ("Phone", "139 1234 5678"));
        Assert.Contains("我们已把验证码发送到 +8613912345678。", person.Text, StringComparison.Ordinal);
        Assert.Contains("演示环境", person.Html, StringComparison.Ordinal);
        var signedIn = await person.PostAsync("/sign-in?handler=Verify", [new("ReturnUrl", "/protection"), new("Phone", "+8613912345678"), new("Code", person.DemoCode())], follow: false);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/protection", signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/protection")).Status);
        Assert.Contains("+8613912345678", person.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_typed_with_full_width_digits_and_spaces_signs_in()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, "en");
        await person.GetAsync("/sign-in");
        await person.PostAsync("/sign-in?handler=Send", ("ReturnUrl", "/protection"), ("Phone", Mobile));
        var wide = string.Concat(person.DemoCode().Select(c => (char)('０' + (c - '0')))).Insert(3, " ");

        var signedIn = await person.PostAsync("/sign-in?handler=Verify", [new("ReturnUrl", "/protection"), new("Phone", Mobile), new("Code", wide)], follow: false);

        Assert.Equal("/protection", signedIn.Location);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/protection")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Only_a_path_on_this_site_is_followed_back_after_sign_in(string returnUrl)
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api);
        await person.GetAsync($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Contains("<input type=\"hidden\" name=\"ReturnUrl\" value=\"/protection\">", person.Html, StringComparison.Ordinal);
        await person.PostAsync("/sign-in?handler=Send", ("ReturnUrl", returnUrl), ("Phone", Mobile));

        var signedIn = await person.PostAsync("/sign-in?handler=Verify", [new("ReturnUrl", returnUrl), new("Phone", Mobile), new("Code", person.DemoCode())], follow: false);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/protection", signedIn.Location);
    }

    [Fact]
    public async Task The_return_path_on_this_site_is_kept_through_both_steps()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api);

        var signedIn = await person.SignInAsync(Mobile, "/numbers/%2B8613800000001/legitimate?x=1");

        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Contains("+8613800000001", person.Text, StringComparison.Ordinal);
        await person.GetAsync("/sign-in?returnUrl=%2Fstatistics%3Fyear%3D2026");
        await person.PostAsync("/sign-in?handler=Send", ("ReturnUrl", "/statistics?year=2026"), ("Phone", "13912345679"));
        Assert.Contains("value=\"/statistics?year=2026\"", person.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_says_so()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, "zh-TW");
        await person.SignInAsync(Mobile);
        Assert.True(person.HasCookie("callwarden"));

        var signedOut = await person.PostAsync("/sign-out", []);

        Assert.Equal(HttpStatusCode.OK, signedOut.Status);
        Assert.Contains("<h1>您已登出</h1>", person.Html, StringComparison.Ordinal);
        Assert.False(person.HasCookie("callwarden"));
        var again = await person.GetAsync("/protection", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("/sign-in?returnUrl=%2Fprotection", again.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_without_the_pages_token_is_refused()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api);
        await person.SignInAsync(Mobile);
        using var forged = api.Anonymous();

        using var response = await forged.PostAsync("/sign-out", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_is_worded_beside_its_field_in_the_readers_language(string scenario, string language)
    {
        var settings = new Dictionary<string, string?>(ShowCodes);
        if (scenario == "too many for the phone")
        {
            settings["Web:Verification:CodesPerPhonePerHour"] = "1";
            settings["Web:Verification:ResendInterval"] = "00:00:00";
        }
        else if (scenario == "too many from the address")
        {
            settings["Web:Verification:CodesPerAddressPerHour"] = "1";
        }

        await using var api = await TestApi.StartAsync(settings);
        using var person = new PageVisitor(api, language);
        await person.GetAsync("/sign-in");
        await Act(api, person, scenario);

        var (field, texts) = Messages[scenario];
        var expected = texts[Array.IndexOf(Languages, language)];
        Assert.Equal(expected, person.ErrorBeside(field));
        Assert.Equal([expected], person.ErrorSummary());
        Assert.Contains($"aria-describedby=\"{field}-hint {field}-error\"", person.Html, StringComparison.Ordinal);
    }

    private static async Task Act(TestApi api, PageVisitor person, string scenario)
    {
        switch (scenario)
        {
            case "no number":
                await Send(person, "  ");
                break;
            case "no phone number":
                await Send(person, "not a number");
                break;
            case "a landline":
                await Send(person, "010-62345678");
                break;
            case "too soon":
                await Send(person, Mobile);
                api.Time.Advance(TimeSpan.FromSeconds(15));
                await Send(person, Mobile);
                break;
            case "too many for the phone":
                await Send(person, Mobile);
                await Send(person, Mobile);
                break;
            case "too many from the address":
                await Send(person, Mobile);
                await person.GetAsync("/sign-in");
                await Send(person, "13912345679");
                break;
            case "no code typed":
                await Send(person, Mobile);
                await Verify(person, " ");
                break;
            case "not six digits":
                await Send(person, Mobile);
                await Verify(person, "12a456");
                break;
            case "wrong code":
                await Send(person, Mobile);
                await Verify(person, Wrong(person.DemoCode()));
                break;
            case "last wrong code" or "too many wrong codes":
                await Send(person, Mobile);
                var wrong = Wrong(person.DemoCode());
                for (var i = 0; i < (scenario == "last wrong code" ? 5 : 6); i++)
                {
                    await Verify(person, wrong);
                }

                break;
            case "expired":
                await Send(person, Mobile);
                var code = person.DemoCode();
                api.Time.Advance(TimeSpan.FromMinutes(10));
                await Verify(person, code);
                break;
            case "no code sent":
                await Verify(person, "123456");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }

    private static Task<PageAnswer> Send(PageVisitor person, string phone) =>
        person.PostAsync("/sign-in?handler=Send", ("ReturnUrl", "/protection"), ("Phone", phone));

    private static Task<PageAnswer> Verify(PageVisitor person, string code) =>
        person.PostAsync("/sign-in?handler=Verify", ("ReturnUrl", "/protection"), ("Phone", Mobile), ("Code", code));

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";
}
