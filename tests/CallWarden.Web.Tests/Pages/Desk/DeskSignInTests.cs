using System.Net;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>Staff sign in to the desks with login and password; everyone else meets a page that says why not.</summary>
public sealed class DeskSignInTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private TestApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync(new Dictionary<string, string?>(TestApi.Generous) { ["Web:Verification:ShowCodes"] = "true" });
        var accounts = _api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", Password, AccessRole.Analyst);
        await accounts.CreateUserAsync("mo", Password, AccessRole.CarrierOperator, Carrier.ChinaMobile);
        await accounts.CreateUserAsync("gone", Password, AccessRole.Analyst);
        await _api.Get<LoginChanges>().DisableAsync("gone", "user:root");
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("zh-CN", "您以中国移动投诉台身份登录。")]
    [InlineData("zh-TW", "您以中國移動投訴台身分登入。")]
    [InlineData("en-GB", "You are signed in as China Mobile complaint desk.")]
    public async Task A_carrier_operator_signs_in_and_lands_on_the_desk_page_that_asked(string language, string lead)
    {
        using var visitor = new PageVisitor(_api, language);

        var asked = await visitor.GetAsync("/desk", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        Assert.Equal("/desk/sign-in?returnUrl=%2Fdesk", asked.Location);

        await visitor.GetAsync(asked.Location!);
        var answer = await visitor.PostAsync("/desk/sign-in", ("ReturnUrl", "/desk"), ("Login", "mo"), ("Password", Password));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(lead, visitor.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/desk/scorecard\"", visitor.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/desk/admin\"", visitor.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", Password, "Login", "Enter your login")]
    [InlineData("ana", "", "Password", "Enter your password")]
    [InlineData("ana", "wrong password here", "Login", "The login or the password is not right. Check them and try again; if you forgot your password, ask an administrator.")]
    [InlineData("nobody", Password, "Login", "The login or the password is not right. Check them and try again; if you forgot your password, ask an administrator.")]
    [InlineData("gone", Password, "Login", "This login has been disabled. Ask an administrator if you need it back.")]
    public async Task A_refused_sign_in_says_what_to_do_beside_the_field_and_never_echoes_the_password(string login, string password, string field, string message)
    {
        using var visitor = new PageVisitor(_api, "en-GB");
        await visitor.GetAsync("/desk/sign-in");

        var answer = await visitor.PostAsync("/desk/sign-in", ("Login", login), ("Password", password));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, visitor.ErrorBeside(field));
        Assert.StartsWith("Error: ", System.Text.RegularExpressions.Regex.Match(visitor.Text, "<title>([^<]*)</title>").Groups[1].Value, StringComparison.Ordinal);
        Assert.False(visitor.HasCookie(CookieWriteGuard.CookieName));
        if (password.Length > 0)
        {
            Assert.DoesNotContain(password, visitor.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("//evil.example/desk")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Signing_in_never_sends_anyone_to_another_site(string returnUrl)
    {
        using var visitor = new PageVisitor(_api, "en-GB");
        await visitor.GetAsync("/desk/sign-in");

        var answer = await visitor.PostAsync("/desk/sign-in", [new("ReturnUrl", returnUrl), new("Login", "ana"), new("Password", Password)], follow: false);

        Assert.Equal("/desk", answer.Location);
    }

    [Theory]
    [InlineData("zh-CN", "您无权查看此页面")]
    [InlineData("zh-TW", "您無權檢視此頁面")]
    [InlineData("en-GB", "You cannot open this page")]
    public async Task A_person_signed_in_with_a_phone_is_told_the_desk_is_not_for_them(string language, string heading)
    {
        using var visitor = new PageVisitor(_api, language);
        await visitor.SignInAsync("13912345678", "/");

        var answer = await visitor.GetAsync("/desk");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Contains($"<h1>{heading}</h1>", visitor.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "找不到此页面")]
    [InlineData("zh-TW", "找不到此頁面")]
    [InlineData("en-GB", "Page not found")]
    public async Task A_page_that_does_not_exist_answers_404_with_a_page_in_the_reader_s_language(string language, string heading)
    {
        using var visitor = new PageVisitor(_api, language);

        var answer = await visitor.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Contains($"<h1>{heading}</h1>", visitor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_to_a_page_that_does_not_exist_is_answered_with_the_same_page()
    {
        using var visitor = new PageVisitor(_api, "en-GB");
        await visitor.GetAsync("/desk/sign-in");

        var answer = await visitor.PostAsync("/no-such-form", ("Field", "value"));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Contains("<h1>Page not found</h1>", visitor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_sign_in_page_is_no_attempt_only_a_posted_login_counts_against_the_address()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?>(TestApi.Generous) { ["Web:LoginsPerMinutePerAddress"] = "2" });
        await api.Get<AccessAccounts>().CreateUserAsync("ana", Password, AccessRole.Analyst, cancellationToken: Ct);
        using var visitor = new PageVisitor(api, "en-GB");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/desk/sign-in")).Status);
        }

        await visitor.PostAsync("/desk/sign-in", ("Login", "ana"), ("Password", "wrong password here"));
        await visitor.PostAsync("/desk/sign-in", ("Login", "ana"), ("Password", "wrong password here"));
        var third = await visitor.PostAsync("/desk/sign-in", ("Login", "ana"), ("Password", Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Contains("<h1>Too many attempts</h1>", visitor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_still_answers_a_missing_route_with_problem_details()
    {
        using var response = await _api.Anonymous().GetAsync("/api/v1/no-such-thing", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signing_out_from_the_desk_ends_the_session()
    {
        using var visitor = new PageVisitor(_api, "en-GB");
        await visitor.GetAsync("/desk/sign-in");
        await visitor.PostAsync("/desk/sign-in", ("Login", "ana"), ("Password", Password));

        await visitor.PostAsync("/sign-out", []);
        var after = await visitor.GetAsync("/desk", follow: false);

        Assert.Equal(HttpStatusCode.Redirect, after.Status);
    }
}
