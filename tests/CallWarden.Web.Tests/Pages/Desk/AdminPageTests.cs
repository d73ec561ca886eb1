using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary><c>/desk/admin</c>: logins and API keys, with the API's rule set.</summary>
public sealed partial class AdminPageTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private TestApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        var accounts = _api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("root", Password, AccessRole.Administrator);
        await accounts.CreateUserAsync("ana", Password, AccessRole.Analyst);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("en-GB", "", "short", "carrier_operator", "", "x", "Enter a login, for example zhang.wei", "Enter a first password of at least 12 characters", "Choose the carrier this carrier operator works for", "Enter a mobile number, for example 13912345678, or leave it empty")]
    [InlineData("zh-CN", "zhang wei", "short", "analyst", "china_mobile", "12345", "登录名只能使用英文字母、数字和 . _ - @，例如 zhang.wei", "请输入至少 12 个字符的初始密码", "只有运营商投诉台人员才属于运营商，请选择“不属于运营商”", "请输入手机号码，例如 13912345678，或留空")]
    [InlineData("zh-TW", "<b>x</b>", "", "analyst", "att", "not a phone", "登入名稱只能使用英文字母、數字和 . _ - @，例如 zhang.wei", "請輸入至少 12 個字元的初始密碼", "請從清單中選擇電信業者", "請輸入手機號碼，例如 13912345678，或留空")]
    public async Task A_login_that_breaks_the_rules_is_refused_beside_each_field(
        string language, string login, string password, string role, string carrier, string phone, string loginError, string passwordError, string carrierError, string phoneError)
    {
        using var admin = await SignInAsync("root", language);

        var answer = await admin.PostAsync("/desk/admin?handler=CreateUser", ("Login", login), ("Password", password), ("Role", role), ("Carrier", carrier), ("Phone", phone));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(loginError, admin.ErrorBeside("Login"));
        Assert.Equal(passwordError, admin.ErrorBeside("Password"));
        Assert.Equal(carrierError, admin.ErrorBeside("Carrier"));
        Assert.Equal(phoneError, admin.ErrorBeside("Phone"));
        Assert.Equal([loginError, passwordError, carrierError, phoneError], admin.ErrorSummary());
        Assert.DoesNotContain("<b>x</b>", admin.Html, StringComparison.Ordinal);
        if (password.Length > 0)
        {
            Assert.DoesNotContain($"value=\"{password}\"", admin.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ana")]
    [InlineData("ANA")]
    [InlineData("  Ana ")]
    public async Task A_login_taken_whatever_its_case_or_spaces_is_refused_by_the_page_and_the_api(string login)
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=CreateUser", ("Login", login), ("Password", Password), ("Role", "analyst"), ("Carrier", ""), ("Phone", ""));
        using var api = await _api.SignInAsync("root", Password);
        var response = await api.PostAsJsonAsync("/api/v1/access/users", new { login, password = Password, role = "analyst" }, Ct);

        Assert.Equal($"The login {login.Trim()} is taken (logins are the same whatever their case): choose another", admin.ErrorBeside("Login"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("login", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = _api.Open();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Login.ToUpper() == "ANA", Ct));
    }

    [Fact]
    public async Task An_administrator_creates_a_carrier_operator_who_then_signs_in_to_the_carrier_desk()
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=CreateUser", ("Login", "Li.Na"), ("Password", Password), ("Role", "carrier_operator"), ("Carrier", "china_unicom"), ("Phone", "139 1234 5678"));

        Assert.Equal("The login Li.Na was created.", TextOf(admin.Html, "admin-notice"));
        Assert.Contains("<th scope=\"row\">Li.Na</th>", admin.Html, StringComparison.Ordinal);
        using var operatorVisitor = await SignInAsync("Li.Na", "en-GB");
        Assert.Contains("China Unicom", operatorVisitor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_login_signs_its_open_session_out_on_its_next_request()
    {
        using var analyst = await SignInAsync("ana", "en-GB");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/desk", follow: false)).Status);
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=Disable", ("login", "ana"));
        var next = await analyst.GetAsync("/desk/monthly", follow: false);

        Assert.Equal("The login ana is disabled and its sessions have ended.", TextOf(admin.Html, "admin-notice"));
        Assert.Equal(HttpStatusCode.Redirect, next.Status);
        Assert.StartsWith("/desk/sign-in?returnUrl=", next.Location, StringComparison.Ordinal);
        await using var db = _api.Open();
        Assert.All(await db.Sessions.Where(s => s.Subject == "user:ana").ToListAsync(Ct), s => Assert.Equal("disabled", s.EndReason));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_the_login_they_are_signed_in_with()
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=Disable", ("login", "ROOT"));

        Assert.Equal("You cannot disable the login you are signed in with.", TextOf(admin.Html, "admin-refusal"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/desk/admin")).Status);
    }

    [Fact]
    public async Task A_new_key_s_secret_is_shown_once_works_and_is_revoked_from_the_page()
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=CreateKey", [new("KeyName", "stats-robot"), new("KeyRole", "analyst"), new("KeyCarrier", ""), new("KeyScopes", "stats:read"), new("KeyScopes", "cases:read")]);
        var secret = Regex.Match(admin.Html, "id=\"new-key-secret\" type=\"text\" readonly value=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("cw_", secret, StringComparison.Ordinal);
        Assert.Contains("Copy this key now and keep it safe. It will not be shown again once you leave this page.", admin.Text, StringComparison.Ordinal);

        await admin.GetAsync("/desk/admin");
        Assert.DoesNotContain(secret, admin.Html, StringComparison.Ordinal);
        Assert.Contains("<code>stats:read</code>", admin.Html, StringComparison.Ordinal);
        using var robot = _api.WithKey(secret);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync("/api/v1/stats/summary", Ct)).StatusCode);

        await using (var db = _api.Open())
        {
            var id = (await db.ApiKeys.SingleAsync(k => k.Name == "stats-robot", Ct)).Id;
            await admin.PostAsync("/desk/admin?handler=Revoke", ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal("The key stats-robot is revoked.", TextOf(admin.Html, "admin-notice"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync("/api/v1/stats/summary", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_key_without_scopes_for_a_carrier_operator_needs_its_carrier()
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=CreateKey", ("KeyName", " "), ("KeyRole", "carrier_operator"), ("KeyCarrier", ""), ("KeyScopes", "everything"));

        Assert.Equal("Enter the key's name, for example kamailio-edge-1", admin.ErrorBeside("KeyName"));
        Assert.Equal("Choose the carrier this carrier operator works for", admin.ErrorBeside("KeyCarrier"));
        Assert.Equal("Choose scopes from the list only", admin.ErrorBeside("KeyScopes"));
        Assert.DoesNotContain("new-key-secret", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_s_last_use_is_written_at_most_once_a_minute_and_shown_on_the_page()
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("gateway", AccessRole.Analyst, [Scopes.StatsRead], cancellationToken: Ct);
        using var robot = _api.WithKey(secret);

        await robot.GetAsync("/api/v1/stats/summary", Ct);
        var first = await LastUsedAsync();
        _api.Time.Advance(TimeSpan.FromSeconds(30));
        await robot.GetAsync("/api/v1/stats/summary", Ct);
        var unchanged = await LastUsedAsync();
        _api.Time.Advance(TimeSpan.FromSeconds(31));
        await robot.GetAsync("/api/v1/stats/summary", Ct);
        var later = await LastUsedAsync();

        Assert.Equal(TestApi.Start, first);
        Assert.Equal(first, unchanged);
        Assert.Equal(TestApi.Start.AddSeconds(61), later);
        using var admin = await SignInAsync("root", "en-GB");
        Assert.Contains("<td data-last-used>30 November 2026, 10:01</td>", admin.Html, StringComparison.Ordinal);

        async Task<DateTimeOffset?> LastUsedAsync()
        {
            await using var db = _api.Open();
            return (await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "gateway", Ct)).LastUsedAt;
        }
    }

    [Fact]
    public async Task An_analyst_may_not_open_the_admin_page_nor_post_to_it()
    {
        using var analyst = await SignInAsync("ana", "en-GB");

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/desk/admin")).Status);
        await analyst.GetAsync("/desk");
        var post = await analyst.PostAsync("/desk/admin?handler=CreateUser", ("Login", "intruder"), ("Password", Password), ("Role", "admin"));

        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await using var db = _api.Open();
        Assert.False(await db.Users.AnyAsync(u => u.Login == "intruder", Ct));
    }

    private async Task<PageVisitor> SignInAsync(string login, string language)
    {
        var visitor = new PageVisitor(_api, language);
        await visitor.GetAsync("/desk/sign-in");
        await visitor.PostAsync("/desk/sign-in", ("ReturnUrl", login == "root" ? "/desk/admin" : "/desk"), ("Login", login), ("Password", Password));
        return visitor;
    }

    private static string? TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{id}\">([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
