using System.Net;
using System.Text.RegularExpressions;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary><c>/desk/admin/logins/{login}</c> and the list's enable button: a login's role and carrier change, and a disabled login comes back (issue #8 item 5).</summary>
public sealed class ChangeLoginPageTests : IAsyncLifetime
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

    [Fact]
    public async Task An_analyst_made_a_carrier_operator_is_signed_out_at_once_and_signs_in_to_the_carrier_desk()
    {
        using var analyst = await SignInAsync("ana", "en-GB");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/desk", follow: false)).Status);
        using var admin = await SignInAsync("root", "en-GB");

        await admin.GetAsync("/desk/admin/logins/ana");
        await admin.PostAsync("/desk/admin/logins/ana", ("Role", "carrier_operator"), ("Carrier", "china_unicom"));
        var next = await analyst.GetAsync("/desk/monthly", follow: false);

        Assert.Equal("The login ana has its new role and carrier, and its sessions have ended.", TextOf(admin.Html, "admin-notice"));
        Assert.Equal(HttpStatusCode.Redirect, next.Status);
        Assert.StartsWith("/desk/sign-in?returnUrl=", next.Location, StringComparison.Ordinal);
        await using (var db = _api.Open())
        {
            var user = await db.Users.SingleAsync(u => u.Login == "ana", Ct);
            Assert.Equal((AccessRole.CarrierOperator, "china_unicom"), (user.Role, user.CarrierCode));
            Assert.All(await db.Sessions.Where(s => s.Subject == "user:ana").ToListAsync(Ct), s => Assert.Equal("access changed", s.EndReason));
            var audit = await db.AccountAudit.SingleAsync(Ct);
            Assert.Equal(("ana", "user:root", AccountChange.AccessChanged, "analyst", "carrier_operator:china_unicom", TestApi.Start), (audit.Login, audit.Actor, audit.Change, audit.From, audit.To, audit.At));
        }

        using var again = await SignInAsync("ana", "en-GB");
        Assert.Contains("China Unicom", again.Text, StringComparison.Ordinal);
        await admin.GetAsync("/desk/admin/logins/ana");
        Assert.Contains("<code>user:root</code></td><td>Report centre analyst → Carrier operator (China Unicom)</td>", admin.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "carrier_operator", "", null, "Choose the carrier this carrier operator works for")]
    [InlineData("zh-CN", "analyst", "china_mobile", null, "只有运营商投诉台人员才属于运营商，请选择“不属于运营商”")]
    [InlineData("zh-TW", "superuser", "att", "請選擇角色", "請從清單中選擇電信業者")]
    [InlineData("en-GB", "reporter<script>", "", "Choose a role", null)]
    public async Task A_role_and_carrier_that_break_the_rules_are_refused_beside_the_fields_and_change_nothing(
        string language, string role, string carrier, string? roleError, string? carrierError)
    {
        using var analyst = await SignInAsync("ana", "en-GB");
        using var admin = await SignInAsync("root", language);

        await admin.GetAsync("/desk/admin/logins/ana");
        var answer = await admin.PostAsync("/desk/admin/logins/ana", ("Role", role), ("Carrier", carrier));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(roleError, admin.ErrorBeside("Role"));
        Assert.Equal(carrierError, admin.ErrorBeside("Carrier"));
        Assert.Equal(new[] { roleError, carrierError }.OfType<string>(), admin.ErrorSummary());
        Assert.DoesNotContain("<script>", admin.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/desk/monthly", follow: false)).Status);
        await using var db = _api.Open();
        Assert.Equal(AccessRole.Analyst, (await db.Users.SingleAsync(u => u.Login == "ana", Ct)).Role);
        Assert.False(await db.AccountAudit.AnyAsync(Ct));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("%E2%80%AEana")]
    [InlineData("ana%20x")]
    public async Task An_unknown_login_is_not_found_to_read_or_change(string login)
    {
        using var admin = await SignInAsync("root", "en-GB");

        var read = await admin.GetAsync($"/desk/admin/logins/{login}", follow: false);
        await admin.GetAsync("/desk/admin");
        var change = await admin.PostAsync($"/desk/admin/logins/{login}", [new("Role", "admin"), new("Carrier", "")], follow: false);
        var tooLong = await admin.GetAsync($"/desk/admin/logins/{new string('a', 5000)}", follow: false);

        Assert.Equal(HttpStatusCode.NotFound, read.Status);
        Assert.Equal(HttpStatusCode.NotFound, change.Status);
        Assert.Equal(HttpStatusCode.NotFound, tooLong.Status);
        await using var db = _api.Open();
        Assert.False(await db.AccountAudit.AnyAsync(Ct));
    }

    [Fact]
    public async Task An_administrator_cannot_change_the_login_they_are_signed_in_with()
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.GetAsync("/desk/admin/logins/ROOT");
        var offered = admin.Html.Contains("name=\"Role\"", StringComparison.Ordinal);
        await admin.PostAsync("/desk/admin/logins/ROOT", ("Role", "analyst"), ("Carrier", ""));

        Assert.False(offered);
        Assert.Equal("You cannot change the login you are signed in with: ask another administrator.", TextOf(admin.Html, "admin-refusal"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/desk/admin", follow: false)).Status);
        await using var db = _api.Open();
        Assert.Equal(AccessRole.Administrator, (await db.Users.SingleAsync(u => u.Login == "root", Ct)).Role);
        Assert.False(await db.AccountAudit.AnyAsync(Ct));
    }

    [Fact]
    public async Task The_same_role_and_carrier_change_nothing_and_keep_the_session()
    {
        using var analyst = await SignInAsync("ana", "zh-CN");
        using var admin = await SignInAsync("root", "zh-CN");

        await admin.GetAsync("/desk/admin/logins/ana");
        await admin.PostAsync("/desk/admin/logins/ana", ("Role", "analyst"), ("Carrier", ""));

        Assert.Equal("登录名 ana 的角色和所属运营商与原来相同，未作更改。", TextOf(admin.Html, "admin-notice"));
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/desk/monthly", follow: false)).Status);
        await using var db = _api.Open();
        Assert.False(await db.AccountAudit.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_disabled_login_enabled_again_signs_in_and_both_changes_are_in_its_history()
    {
        using var admin = await SignInAsync("root", "en-GB");
        await admin.PostAsync("/desk/admin?handler=Disable", ("login", "ana"));
        using (var refused = await SignInAsync("ana", "en-GB"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await refused.GetAsync("/desk/monthly", follow: false)).Status);
        }

        _api.Time.Advance(TimeSpan.FromMinutes(5));
        await admin.GetAsync("/desk/admin/logins/ana");
        Assert.Contains("Enable ana again", admin.Text, StringComparison.Ordinal);
        await admin.PostAsync("/desk/admin?handler=Enable", ("login", "ana"));

        Assert.Equal("The login ana is enabled again and can sign in.", TextOf(admin.Html, "admin-notice"));
        Assert.Contains("Disable ana", admin.Text, StringComparison.Ordinal);
        using var back = await SignInAsync("ana", "en-GB");
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/desk/monthly", follow: false)).Status);
        await admin.GetAsync("/desk/admin/logins/ana");
        var rows = Regex.Matches(admin.Html, "<td><code>user:root</code></td><td>([^<]*)</td>").Select(m => m.Groups[1].Value);
        Assert.Equal(["Enabled again", "Disabled"], rows);
        await using var db = _api.Open();
        Assert.Equal([TestApi.Start.AddMinutes(5), TestApi.Start], await db.AccountAudit.OrderByDescending(a => a.Id).Select(a => a.At).ToListAsync(Ct));
    }

    [Fact]
    public async Task An_administrator_cannot_enable_their_own_login_by_a_forged_post()
    {
        using var admin = await SignInAsync("root", "en-GB");

        await admin.PostAsync("/desk/admin?handler=Enable", ("login", "root"));

        Assert.Equal("You cannot disable the login you are signed in with.", TextOf(admin.Html, "admin-refusal"));
        await using var db = _api.Open();
        Assert.False(await db.AccountAudit.AnyAsync(Ct));
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
