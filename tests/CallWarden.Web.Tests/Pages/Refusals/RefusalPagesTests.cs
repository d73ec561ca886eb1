using System.Net;
using CallWarden.Core.Registry;
using CallWarden.Data.Feed;
using CallWarden.Data.Outbox;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Refusals;

public sealed class RefusalPagesTests
{
    private const string Person = "13700137000";
    private const long PersonE164 = 8613700137000;
    private const string Page = "/refuse-marketing";

    private static readonly Dictionary<string, string?> ShowCodes = new() { ["Web:Verification:ShowCodes"] = "true" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_needs_a_phone_proved_with_a_code_and_brings_the_person_back()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, "en-GB");

        var asked = await person.GetAsync(Page, follow: false);
        var back = await person.SignInAsync(Person, Page);

        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        Assert.EndsWith("/sign-in?returnUrl=%2Frefuse-marketing", asked.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("<h1>Refuse marketing calls</h1>", person.Text, StringComparison.Ordinal);
        Assert.Contains("You have not registered to refuse marketing calls.", person.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "已登记您拒接营销来电：贷款、房产。一分钟内生效，登记的营销号码将不再接通。")]
    [InlineData("zh-TW", "已登記您拒接營銷來電：貸款、房產。一分鐘內生效，登記的營銷號碼將不再接通。")]
    [InlineData("en-GB", "You now refuse marketing calls: Loans, Real estate. Within a minute registered marketing lines will no longer reach you.")]
    public async Task Chosen_categories_are_registered_on_the_feed_confirmed_on_the_page_and_by_SMS_in_the_readers_language(string language, string confirmation)
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, language);
        await person.SignInAsync(Person, Page);

        var done = await person.PostAsync(Page, ("Categories", "loans"), ("Categories", "real_estate"));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains(confirmation, person.Text, StringComparison.Ordinal);
        await using var db = api.Open();
        var refusal = await db.Refusals.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((PersonE164, MarketingCategories.Loans | MarketingCategories.RealEstate, "web"), (refusal.Subscriber, refusal.Categories, refusal.Channel));
        Assert.Equal(1, await db.Changes.CountAsync(c => c.Kind == ChangeKind.Refusal, Ct));
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.TemplateKey == OutboxTemplates.RefusalChanged && m.Recipient == "+8613700137000", Ct));
    }

    [Fact]
    public async Task Refusing_all_then_withdrawing_leaves_nothing_registered_and_says_so()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, "zh-CN");
        await person.SignInAsync(Person, Page);

        await person.PostAsync(Page + "?handler=All");
        await person.GetAsync(Page);
        Assert.Contains("您目前拒接：全部营销来电。", person.Text, StringComparison.Ordinal);
        await person.PostAsync(Page + "?handler=Withdraw");

        Assert.Contains("您已撤回拒接营销来电登记，营销号码的来电将照常接通。", person.Text, StringComparison.Ordinal);
        await using var db = api.Open();
        Assert.False(await db.Refusals.AnyAsync(Ct));
        Assert.Equal(2, await db.Changes.CountAsync(c => c.Kind == ChangeKind.Refusal, Ct));
    }

    [Theory]
    [InlineData("zh-CN", "选择至少一类营销来电，或选择“撤回全部登记”")]
    [InlineData("en-GB", "Select at least one kind of marketing call, or choose Withdraw my refusal")]
    public async Task Confirming_with_nothing_ticked_says_what_to_do_and_changes_nothing(string language, string message)
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, language);
        await person.SignInAsync(Person, Page);

        var answer = await person.PostAsync(Page, ("Categories", "lottery"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, person.ErrorBeside("Categories"));
        Assert.Equal([message], person.ErrorSummary());
        await using var db = api.Open();
        Assert.False(await db.Refusals.AnyAsync(Ct));
    }
}
