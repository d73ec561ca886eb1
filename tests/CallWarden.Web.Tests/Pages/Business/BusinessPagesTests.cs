using System.Net;
using CallWarden.Core.Registry;
using CallWarden.Data.Access;
using CallWarden.Data.Feed;
using CallWarden.Data.Registry;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Business;

/// <summary>The application form, the administrators' registry desk and the analysts' complaints desk (issue #10 part 6).</summary>
public sealed class BusinessPagesTests
{
    private const string Page = "/business/apply";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The form as a browser posts it: every row's number and use, empty or not (row 2 left empty).</summary>
    private static (string, string)[] Good(string licence = "91350100M000100Y43", string row4 = "") =>
    [
        ("Input.Name", "某某银行"), ("Input.NameEnglish", "Example Bank"), ("Input.Licence", licence), ("Input.ContactName", "王经理"), ("Input.ContactPhone", "010-12345678"),
        ("Input.Lines[0].Number", "95588"), ("Input.Lines[0].Kind", "customer_service"),
        ("Input.Lines[1].Number", ""), ("Input.Lines[1].Kind", ""),
        ("Input.Lines[2].Number", "13800138000"), ("Input.Lines[2].Kind", "marketing"), ("Input.Lines[2].Categories", "loans"), ("Input.Lines[2].Categories", "insurance"),
        ("Input.Lines[3].Number", ""), ("Input.Lines[3].Kind", ""),
        ("Input.Lines[4].Number", row4), ("Input.Lines[4].Kind", ""),
    ];

    [Fact]
    public async Task A_business_applies_and_gets_its_application_number()
    {
        await using var api = await TestApi.StartAsync();
        using var visitor = new PageVisitor(api, "en-GB");
        await visitor.GetAsync(Page);

        var done = await visitor.PostAsync(Page, Good());

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("Application sent", visitor.Text, StringComparison.Ordinal);
        await using var db = api.Open();
        var business = await db.Businesses.AsNoTracking().Include(b => b.Lines).SingleAsync(Ct);
        Assert.Contains($">B{business.Id}<", visitor.Html, StringComparison.Ordinal);
        Assert.Equal((BusinessState.Applied, "web", "91350100M000100Y43"), (business.State, business.AppliedThrough, business.Licence));
        Assert.Equal(
            [(8695588L, BusinessLineKind.CustomerService, MarketingCategories.None), (8613800138000L, BusinessLineKind.Marketing, MarketingCategories.Loans | MarketingCategories.Insurance)],
            business.Lines.OrderBy(l => l.Id).Select(l => (l.Number, l.Kind, l.Categories)));
    }

    [Theory]
    [InlineData("zh-CN", "统一社会信用代码的最后一位校验码不对，请对照营业执照核对", "选择这个号码的用途：客服或营销")]
    [InlineData("zh-TW", "統一社會信用代碼的最後一位校驗碼不對，請對照營業執照核對", "選擇這個號碼的用途：客服或營銷")]
    [InlineData("en-GB", "The last character of the code does not match the others: check it against the licence", "Choose what this number is used for: customer service or marketing")]
    public async Task Mistakes_are_shown_beside_their_fields_in_the_readers_language_and_nothing_is_stored(string language, string licence, string kind)
    {
        await using var api = await TestApi.StartAsync();
        using var visitor = new PageVisitor(api, language);
        await visitor.GetAsync(Page);

        await visitor.PostAsync(Page, Good("91350100M000100Y44", row4: "4008123123"));

        Assert.Equal(licence, visitor.ErrorBeside("Input_Licence"));
        Assert.Equal(kind, visitor.ErrorBeside("Input_Lines_4__Kind"));
        Assert.Equal([licence, kind], visitor.ErrorSummary());
        await using var db = api.Open();
        Assert.False(await db.Businesses.AnyAsync(Ct));
    }

    [Fact]
    public async Task An_administrator_approves_on_the_desk_issues_a_scrub_key_and_the_analyst_sees_the_complaints()
    {
        await using var api = await TestApi.StartAsync();
        using var applicant = new PageVisitor(api, "zh-CN");
        await applicant.GetAsync(Page);
        await applicant.PostAsync(Page, Good());
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("root", World.Password, AccessRole.Administrator, cancellationToken: Ct);
        await accounts.CreateUserAsync("ana", World.Password, AccessRole.Analyst, cancellationToken: Ct);
        using var admin = new PageVisitor(api, "zh-CN");
        await admin.GetAsync("/desk/sign-in");
        await admin.PostAsync("/desk/sign-in", ("Login", "root"), ("Password", World.Password));
        await using var db = api.Open();
        var id = (await db.Businesses.AsNoTracking().SingleAsync(Ct)).Id;

        await admin.GetAsync("/desk/registry");
        Assert.Contains("待审核的申请（1）", admin.Text, StringComparison.Ordinal);
        await admin.PostAsync($"/desk/registry?handler=Approve&business={id}");
        Assert.Contains($"已通过申请 B{id}，号码已进入登记。", admin.Text, StringComparison.Ordinal);
        await admin.PostAsync($"/desk/registry?handler=Key&business={id}");
        Assert.Matches("id=\"scrub-key\">cw_[^<]+<", admin.Html);

        Assert.Equal(BusinessState.Approved, (await db.Businesses.AsNoTracking().SingleAsync(Ct)).State);
        Assert.Equal(3, await db.Changes.CountAsync(c => c.Kind == ChangeKind.BusinessLine || c.Kind == ChangeKind.Business, Ct));
        Assert.Equal(id, (await db.ApiKeys.AsNoTracking().SingleAsync(k => k.BusinessId != null, Ct)).BusinessId);

        db.MarketingComplaints.Add(new MarketingComplaint { BusinessId = id, Caller = 8613800138000, Callee = 8613912345678, At = api.Time.GetUtcNow(), DecisionId = "d1", Evidence = "reject 603 refusal_registry: 您已登记拒接营销来电" });
        await db.SaveChangesAsync(Ct);
        using var analyst = new PageVisitor(api, "zh-CN");
        await analyst.GetAsync("/desk/sign-in");
        await analyst.PostAsync("/desk/sign-in", ("Login", "ana"), ("Password", World.Password));
        var complaints = await analyst.GetAsync($"/desk/complaints?business={id}");
        Assert.Equal(HttpStatusCode.OK, complaints.Status);
        Assert.Contains("您已登记拒接营销来电", analyst.Text, StringComparison.Ordinal);
        Assert.Contains("139****5678", analyst.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/desk/registry", follow: false)).Status);
    }
}
